using FangchengCredit.Web.Features.EnterpriseImport;
using FangchengCredit.Web.Resources;
using Microsoft.Extensions.Localization;
using MiniExcelLibs;
using A = FangchengCredit.Web.Features.RecordImport.AccidentImportColumns;
using P = FangchengCredit.Web.Features.RecordImport.PenaltyImportColumns;

namespace FangchengCredit.Web.Features.RecordImport;

/// <summary>
/// The downloadable templates: sheet 1 holds the header row and one example row naming a registered enterprise (so it imports
/// as it is), sheet 2 explains each column and whether it may be left empty.
/// </summary>
public sealed class RecordImportTemplate(IStringLocalizer<SharedResource> l)
{
    /// <param name="code">A registered enterprise's code (the enterprise import's example code when none is registered yet).</param>
    public byte[] ToXlsx(RecordImportKind kind, string? code, string? name, DateOnly today, string bureau)
    {
        code ??= EnterpriseImportTemplate.ExampleCode;
        name ??= "方城县示例化工有限公司";
        var day = today.AddDays(-7).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
        var (example, columns, optional, sheet) = kind == RecordImportKind.Penalties
            ? (new Dictionary<string, object?>
            {
                [P.SubjectName] = name,
                [P.Code] = code,
                [P.LegalRepresentative] = "张三",
                [P.DocumentNumber] = $"方应急罚〔{today.Year}〕示例{today:MMdd}号",
                [P.ViolationType] = "未按规定对从业人员进行安全生产教育和培训",
                [P.ViolationFacts] = "经查，该单位未对新入职的3名从业人员进行岗前安全生产教育和培训即安排上岗作业。",
                [P.LegalBasis] = "《中华人民共和国安全生产法》第九十七条第（三）项",
                [P.PenaltyCategory] = "罚款",
                [P.PenaltyContent] = "处罚款人民币贰万元整",
                [P.Fine] = "2",
                [P.Confiscated] = "0",
                [P.LicenceAffected] = string.Empty,
                [P.DecisionDate] = day,
                [P.Authority] = bureau,
                [P.Procedure] = "一般程序",
            }, P.All, P.Optional, l["行政处罚"].Value)
            : (new Dictionary<string, object?>
            {
                [A.Code] = code,
                [A.OccurredOn] = day,
                [A.Place] = "二号生产车间",
                [A.Deaths] = 0,
                [A.SeriousInjuries] = 1,
                [A.DirectLoss] = 120000,
                [A.IsLiability] = "是",
                [A.Concealed] = "否",
                [A.Description] = "作业人员在设备检修时未执行停机挂牌制度，造成右手重伤。",
            }, A.All, A.Optional, l["生产安全事故"].Value);

        var notes = columns.Select(column => new Dictionary<string, object?>
        {
            [l["列名"]] = column,
            [l["是否必填"]] = optional.Contains(column) ? l["可空"].Value : l["必填"].Value,
            [l["填写说明"]] = Explain(column),
        }).ToList();
        var sheets = new Dictionary<string, object>
        {
            [sheet] = new[] { example },
            [l["填写说明"]] = notes,
        };
        using var stream = new MemoryStream();
        stream.SaveAs(sheets);
        return stream.ToArray();
    }

    private string Explain(string column) => column switch
    {
        P.SubjectName => l["须与该统一社会信用代码在平台登记的企业名称一致（中英文括号视为相同）"],
        P.Code => l["18 位统一社会信用代码，须为平台已登记的企业；请将此列设置为“文本”格式"],
        P.LegalRepresentative => l["可空；个体工商户等无法定代表人时留空"],
        P.DocumentNumber => l["不超过 100 个字符；在文件中和平台中均不得重复"],
        P.ViolationType => l["不超过 200 个字符"],
        P.ViolationFacts or P.LegalBasis or P.PenaltyContent => l["不超过 2000 个字符"],
        P.PenaltyCategory => l["如 警告、罚款、没收违法所得、责令停产停业、暂扣许可证、吊销许可证，多项用分号分隔；含停产停业、暂扣或吊销的按最重一档扣分"],
        P.Fine => l["可空（视为 0）；单位万元，最多 6 位小数，不能为负数；处罚类别含罚款时必须大于 0"],
        P.Confiscated => l["可空（视为 0）；单位万元，最多 6 位小数，不能为负数"],
        P.LicenceAffected => l["可空；处罚类别含暂扣或吊销时必填"],
        P.DecisionDate or A.OccurredOn => l["格式 yyyy-MM-dd 或 yyyy/MM/dd，也可为 Excel 日期；不能晚于今天"],
        P.Authority => l["作出处罚决定的机关全称，如 方城县应急管理局"],
        P.Procedure => l["简易程序 或 一般程序"],
        A.Place => l["不超过 200 个字符；同一企业同一日期同一地点的事故只能登记一次"],
        A.Deaths or A.SeriousInjuries => l["0 或正整数；重伤人数含急性工业中毒"],
        A.DirectLoss => l["单位元，0 或正整数；事故等级由死亡人数、重伤人数和直接经济损失按国务院令第493号自动计算"],
        A.IsLiability => l["是 或 否（依事故调查结论）"],
        A.Concealed => l["是 或 否；瞒报、谎报的事故信用等级直接评为 D"],
        A.Description => l["不超过 2000 个字符"],
        _ => string.Empty,
    };
}
