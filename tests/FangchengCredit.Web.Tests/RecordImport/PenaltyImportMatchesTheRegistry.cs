using System.Text;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>A penalty row must name a registered enterprise by code and by name, and a decision number only once.</summary>
public sealed class PenaltyImportMatchesTheRegistry(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    [Fact]
    public async Task ANameThatIsNotTheCodesEnterpriseIsRefused()
    {
        var id = await factory.NewEnterpriseAsync("方城县光明纺织有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Penalties().Add(RecordSheet.Penalty("方城县光明纺织厂", code));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "处罚.xlsx");

        var error = Assert.Single(page.Errors());
        Assert.Equal((2, "行政相对人名称"), (error.Row, error.Column));
        Assert.Equal($"行政相对人名称“方城县光明纺织厂”与统一社会信用代码 {code} 登记的企业名称“方城县光明纺织有限公司”不一致", error.Message);
        Assert.Equal(0, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.EnterpriseId == id)));
    }

    [Fact]
    public async Task AnUnregisteredCodeIsRefused()
    {
        var code = CreditTestData.NewCode().Value;
        var sheet = RecordSheet.Penalties().Add(RecordSheet.Penalty("方城县无名公司", code));
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToCsv(Encoding.UTF8), "处罚.csv");

        Assert.Equal([(2, "统一社会信用代码", $"统一社会信用代码 {code} 未在平台登记，请先登记或导入该企业")], page.Errors());
    }

    [Fact]
    public async Task ADecisionNumberAlreadyRecordedOrRepeatedInTheFileIsRefused()
    {
        var id = await factory.NewEnterpriseAsync("方城县永安烟花爆竹有限公司");
        var code = await factory.CodeOfAsync(id);
        var recorded = RecordSheet.Penalty("方城县永安烟花爆竹有限公司", code);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await staff.ImportRecordsAsync("Penalties", RecordSheet.Penalties().Add(recorded).ToXlsx(), "第一批.xlsx");
        var repeated = RecordSheet.NewDocument();
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县永安烟花爆竹有限公司", code, r => r["处罚决定书文号"] = recorded["处罚决定书文号"]))
            .Add(RecordSheet.Penalty("方城县永安烟花爆竹有限公司", code, r => r["处罚决定书文号"] = repeated))
            .Add(RecordSheet.Penalty("方城县永安烟花爆竹有限公司", code, r => r["处罚决定书文号"] = repeated));

        var (_, page) = await staff.ImportRecordsAsync("Penalties", sheet.ToXlsx(), "第二批.xlsx");

        Assert.Equal(
            [(2, "处罚决定书文号", $"处罚决定书文号“{recorded["处罚决定书文号"]}”已登记，不能重复导入"), (4, "处罚决定书文号", "与第 3 行的处罚决定书文号重复")],
            page.Errors());
        Assert.Equal(1, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.EnterpriseId == id)));
    }
}
