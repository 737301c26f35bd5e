using FangchengCredit.Domain.Reference;

namespace FangchengCredit.Domain.Tests.Reference;

public class ReferenceDataContents
{
    [Fact]
    public void FangchengCountyCodeIs411322() => Assert.Equal("411322", FangchengDivisions.CountyCode);

    [Fact]
    public void ListsTheTwentyTownshipsOfTheBriefInOrder()
    {
        (string Code, string Name)[] expected =
        [
            ("411322001", "凤瑞街道"), ("411322002", "释之街道"), ("411322003", "赭阳街道"), ("411322004", "广安街道"),
            ("411322101", "独树镇"), ("411322102", "博望镇"), ("411322103", "拐河镇"), ("411322104", "小史店镇"),
            ("411322105", "赵河镇"), ("411322106", "广阳镇"), ("411322108", "杨楼镇"), ("411322109", "券桥镇"),
            ("411322110", "清河镇"), ("411322111", "四里店镇"), ("411322112", "古庄店镇"), ("411322113", "杨集镇"),
            ("411322114", "柳河镇"), ("411322115", "二郎庙镇"), ("411322311", "袁店回族乡"), ("411322401", "方城大寺林场"),
        ];

        Assert.Equal(expected, ReferenceData.Townships.Select(t => (t.Code, t.Name)));
    }

    [Fact]
    public void EveryTownshipCodeStartsWithTheCountyCode()
    {
        Assert.All(FangchengDivisions.Townships, t =>
        {
            Assert.Equal(9, t.Code.Length);
            Assert.StartsWith(FangchengDivisions.CountyCode, t.Code, StringComparison.Ordinal);
        });
        Assert.Equal(FangchengDivisions.Townships.Count, FangchengDivisions.Townships.Select(t => t.Code).Distinct().Count());
    }

    [Fact]
    public void ListsTheSupervisedIndustriesByTheirExactNamesInOrder()
    {
        string[] expected = ["非煤矿山", "危险化学品", "烟花爆竹", "冶金", "有色", "建材", "机械", "轻工", "纺织", "烟草", "商贸", "其他"];

        Assert.Equal(expected, ReferenceData.Industries);
    }

    [Fact]
    public void TheListsCannotBeChangedByCallers()
    {
        Assert.False(ReferenceData.Industries is string[]);
        Assert.False(ReferenceData.Townships is Township[]);
        Assert.False(ReferenceData.Industries is IList<string> { IsReadOnly: false });
    }
}
