using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Reference;
using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using C = FangchengCredit.Web.Features.EnterpriseImport.EnterpriseImportColumns;

namespace FangchengCredit.Web.Features.EnterpriseImport;

/// <summary>
/// The downloadable template: sheet 1 holds the header row and one valid example row (check characters computed, so the example
/// imports as it is); sheet 2 explains each column.
/// </summary>
public sealed class EnterpriseImportTemplate(IStringLocalizer<SharedResource> l)
{
    public static readonly string ExampleCode = UnifiedSocialCreditCode.Create('9', '1', FangchengDivisions.CountyCode, "MA9XK7B3").Value;

    public static readonly string ExampleLegalRepresentativeId = WithCheck("41132219800315123");

    public static readonly string ExamplePrincipalId = WithCheck("41132219850620456");

    public byte[] ToXlsx(string industry, string township)
    {
        var example = new Dictionary<string, object?>
        {
            [C.Code] = ExampleCode,
            [C.Name] = "方城县示例化工有限公司",
            [C.SubjectType] = "企业",
            [C.Industry] = industry,
            [C.Township] = township,
            [C.Address] = "方城县" + township + "示例路1号",
            [C.Phone] = "0377-67123456",
            [C.LegalRepresentative] = "张三",
            [C.LegalRepresentativeId] = ExampleLegalRepresentativeId,
            [C.Principal] = "李四",
            [C.PrincipalId] = ExamplePrincipalId,
            [C.ActualController] = "张三",
            [C.ActualControllerId] = ExampleLegalRepresentativeId,
            [C.RiskLevel] = "较大",
            [C.MajorHazardSource] = "否",
            [C.Standardisation] = "三级",
            [C.InsuranceValidUntil] = "2027-12-31",
        };
        var notes = C.All.Select(column => new Dictionary<string, object?>
        {
            [l["列名"]] = column,
            [l["是否必填"]] = C.Required.Contains(column) ? l["必填"].Value : l["可空"].Value,
            [l["填写说明"]] = Explain(column),
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [l["企业信息"]] = new[] { example },
            [l["填写说明"]] = notes,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private string Explain(string column) => column switch
    {
        C.Code => l["18 位，数字或大写字母（不使用 I、O、S、V、Z），系统校验第17、18位校验码；已登记的代码将更新该企业"],
        C.Name => l["不超过 200 个字符"],
        C.SubjectType => l["企业、个体工商户、农民专业合作社、其他"],
        C.Industry => l["填写基础数据中的行业名称，如 危险化学品、烟花爆竹、非煤矿山"],
        C.Township => l["填写基础数据中的乡镇街道名称（如 凤瑞街道），也可填写 9 位统计代码"],
        C.Address => l["不超过 200 个字符"],
        C.Phone => l["手机或固定电话，如 13800138000、0377-67123456"],
        C.LegalRepresentativeId or C.PrincipalId or C.ActualControllerId => l["18 位居民身份证号；请将此列设置为“文本”格式，否则 Excel 会截断长数字"],
        C.LegalRepresentative or C.Principal => l["姓名；同一身份证号在各行中的姓名必须一致"],
        C.ActualController => l["可空；填写时须同时填写身份证号，并取代该企业原有的实际控制人"],
        C.RiskLevel => l["重大、较大、一般、低；空白表示不变（新企业为“低”）"],
        C.MajorHazardSource => l["是 或 否；空白表示不变（新企业为“否”）"],
        C.Standardisation => l["一级、二级、三级、无；空白表示不变（新企业为“无”）"],
        C.InsuranceValidUntil => l["安责险有效期的最后一天，格式 yyyy-MM-dd 或 yyyy/MM/dd；空白表示不变"],
        _ => string.Empty,
    };

    private static string WithCheck(string first17) => first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
}
