using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Accidents;

/// <summary>
/// 事故等级划分 (国务院令第493号 第三条): the grade is the highest one reached by any of deaths, serious injuries
/// (acute industrial poisoning included) and direct economic loss. "以上" includes the threshold, "以下" excludes it.
/// </summary>
public static class AccidentClassifier
{
    private const int ExtraordinarilyMajorDeaths = 30;
    private const int MajorDeaths = 10;
    private const int LargerDeaths = 3;

    private const int ExtraordinarilyMajorSeriousInjuries = 100;
    private const int MajorSeriousInjuries = 50;
    private const int LargerSeriousInjuries = 10;

    private const long ExtraordinarilyMajorLossYuan = 100_000_000;
    private const long MajorLossYuan = 50_000_000;
    private const long LargerLossYuan = 10_000_000;

    public static AccidentGrade Classify(int deaths, int seriousInjuries, long directLossYuan)
    {
        if (deaths < 0)
        {
            throw new DomainException("死亡人数不能为负数。");
        }

        if (seriousInjuries < 0)
        {
            throw new DomainException("重伤人数不能为负数。");
        }

        if (directLossYuan < 0)
        {
            throw new DomainException("直接经济损失不能为负数。");
        }

        var byDeaths = GradeFor(deaths, LargerDeaths, MajorDeaths, ExtraordinarilyMajorDeaths);
        var byInjuries = GradeFor(seriousInjuries, LargerSeriousInjuries, MajorSeriousInjuries, ExtraordinarilyMajorSeriousInjuries);
        var byLoss = GradeFor(directLossYuan, LargerLossYuan, MajorLossYuan, ExtraordinarilyMajorLossYuan);

        return (AccidentGrade)Math.Max((int)byDeaths, Math.Max((int)byInjuries, (int)byLoss));
    }

    private static AccidentGrade GradeFor(long measure, long larger, long major, long extraordinarilyMajor) =>
        measure >= extraordinarilyMajor ? AccidentGrade.ExtraordinarilyMajor
        : measure >= major ? AccidentGrade.Major
        : measure >= larger ? AccidentGrade.Larger
        : AccidentGrade.General;
}
