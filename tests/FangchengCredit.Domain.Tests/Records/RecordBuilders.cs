using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Records;
using FangchengCredit.Domain.Tests.Builders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>Valid accidents and penalties that tests vary one field at a time.</summary>
internal static class RecordBuilders
{
    public static readonly DateOnly Today = Day.Of(2026, 6, 1);
    public static readonly DateTime Now = new(2026, 6, 1, 2, 0, 0, DateTimeKind.Utc);

    public static AccidentDetails Accident(
        int deaths = 0, int seriousInjuries = 0, long lossYuan = 50_000, bool liability = true, bool concealed = false, DateOnly? on = null) => new()
    {
        OccurredOn = on ?? Day.Of(2026, 3, 1),
        Place = "一车间",
        Deaths = deaths,
        SeriousInjuries = seriousInjuries,
        DirectLossYuan = lossYuan,
        Description = "设备检修时违章作业，造成机械伤害。",
        IsLiability = liability,
        Concealed = concealed,
    };

    public static PenaltyDetails Penalty(
        PenaltyProcedure procedure = PenaltyProcedure.General, string category = "罚款", decimal fine = 1.5m, string document = "方应急罚〔2026〕12号",
        DateOnly? on = null, string? licence = null) => new()
    {
        SubjectName = "方城县示例化工有限公司",
        SubjectCode = "91350100M000100Y43",
        LegalRepresentative = "张三",
        DocumentNumber = document,
        ViolationType = "未按规定开展安全培训",
        ViolationFacts = "该公司未对新入职员工进行岗前安全培训。",
        LegalBasis = "《中华人民共和国安全生产法》第九十七条",
        PenaltyCategory = category,
        PenaltyContent = "罚款人民币壹万伍仟元整",
        FineWanYuan = fine,
        LicenceAffected = licence,
        DecisionDate = on ?? Day.Of(2026, 3, 1),
        Authority = "方城县应急管理局",
        DataSource = "方城县应急管理局",
        Procedure = procedure,
    };

    public static Accident ReportedAccident(AccidentDetails details) =>
        Domain.Accidents.Accident.Report(7, null, details, Today, "李明", Now);

    public static AdministrativePenalty DecidedPenalty(PenaltyDetails details) =>
        AdministrativePenalty.Decide(7, null, details, Today, "李明", Now);
}
