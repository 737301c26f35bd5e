using System.Globalization;
using FangchengCredit.Benchmarks.Generation;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Reference;
using MiniExcelLibs;

namespace FangchengCredit.Benchmarks.Scenarios;

/// <summary>
/// An enterprise import workbook in the template's columns: new enterprises whose codes and people's ID numbers never collide with
/// the generated data set (body 8xxxxxxx; people born 2000–2005, the generator's are born 1950–1999).
/// </summary>
public static class ImportWorkbook
{
    public static void Write(string path, int count, int seed)
    {
        var random = new Random(seed);
        var rows = new List<Dictionary<string, object>>(count);
        for (var i = 1; i <= count; i++)
        {
            var code = UnifiedSocialCreditCode.Create('9', '1', DataGenerator.Division,
                (80_000_000 + (seed % 10 * 1_000_000) + i).ToString("D8", CultureInfo.InvariantCulture)).Value;
            var township = ReferenceData.Townships[random.Next(ReferenceData.Townships.Count)];
            rows.Add(new Dictionary<string, object>
            {
                ["统一社会信用代码"] = code,
                ["企业名称"] = $"方城县导入测试{i.ToString(CultureInfo.InvariantCulture)}有限公司",
                ["主体类型"] = "企业",
                ["行业"] = ReferenceData.Industries[random.Next(ReferenceData.Industries.Count)],
                ["乡镇街道"] = township.Name,
                ["地址"] = $"{township.Name}工业路{random.Next(1, 300)}号",
                ["联系电话"] = $"0377-{random.Next(10_000_000, 99_999_999)}",
                ["法定代表人"] = "王" + "伟芳娜敏静磊强军"[random.Next(8)],
                ["法定代表人身份证号"] = IdNumber(2 * i),
                ["主要负责人"] = "李" + "伟芳娜敏静磊强军"[random.Next(8)],
                ["主要负责人身份证号"] = IdNumber((2 * i) + 1),
                ["实际控制人"] = "",
                ["实际控制人身份证号"] = "",
                ["安全风险等级"] = new[] { "重大", "较大", "一般", "低" }[random.Next(4)],
                ["重大危险源"] = random.Next(20) == 0 ? "是" : "否",
                ["标准化等级"] = new[] { "无", "三级", "二级", "一级" }[random.Next(4)],
                ["安责险有效期至"] = "2027-06-30",
            });
        }
        if (File.Exists(path)) File.Delete(path);
        MiniExcel.SaveAs(path, rows);
    }

    private static string IdNumber(int n)
    {
        var birth = new DateOnly(2000, 1, 1).AddDays(n % 2_000);
        var first17 = DataGenerator.Division + birth.ToString("yyyyMMdd", CultureInfo.InvariantCulture)
            + (n / 2_000 % 1_000).ToString("D3", CultureInfo.InvariantCulture);
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }
}
