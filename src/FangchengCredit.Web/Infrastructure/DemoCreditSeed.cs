using FangchengCredit.Data;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Infrastructure.Jobs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Demo credit records for the Development environment: when enterprises exist and no record does yet, gives some of them
/// accidents, penalties and commendations spread over the last three years so that every grade A–D appears, then grades
/// everyone quarter by quarter up to today so that the grade history has something to show.
/// </summary>
internal static class DemoCreditSeed
{
    private const string Recorder = "李明";

    public static async Task SeedAsync(IServiceProvider services)
    {
        var db = services.GetRequiredService<AppDbContext>();
        if (!await db.Enterprises.AnyAsync() || await db.CreditRecords.AnyAsync()) return;

        var time = services.GetRequiredService<TimeProvider>();
        var publication = services.GetRequiredService<IOptions<PublicationPeriodRules>>().Value;
        var logger = services.GetRequiredService<ILoggerFactory>().CreateLogger(typeof(DemoCreditSeed));
        var today = BureauClock.Today(time);
        var now = time.GetUtcNow().UtcDateTime;
        var enterprises = await db.Enterprises.AsNoTracking()
            .OrderBy(e => e.Id)
            .Select(e => new Subject(e.Id, e.Code, e.Name, e.SubjectType))
            .ToListAsync();
        var legal = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.Role == PersonRole.LegalRepresentative)
            .Select(p => new { p.EnterpriseId, p.PersonId, p.Person.Name })
            .ToListAsync();
        var legalOf = legal.GroupBy(p => p.EnterpriseId).ToDictionary(g => g.Key, g => g.First());

        var documents = 0;
        string NextDocument(DateOnly on) => $"方应急罚〔{on.Year}〕{++documents}号";

        AdministrativePenalty Penalty(Subject s, DateOnly on, PenaltyProcedure procedure, string category, decimal fine, string type, string facts, string basis,
            string content, string? licence = null, bool attachPrincipal = false)
        {
            legalOf.TryGetValue(s.Id, out var rep);
            return AdministrativePenalty.Decide(s.Id, attachPrincipal ? rep?.PersonId : null, new PenaltyDetails
            {
                SubjectName = s.Name,
                SubjectCategory = s.Type == SubjectType.IndividualBusiness ? PenaltySubjectCategory.IndividualBusiness : PenaltySubjectCategory.LegalEntity,
                SubjectCode = s.Code,
                LegalRepresentative = rep?.Name,
                DocumentNumber = NextDocument(on),
                ViolationType = type,
                ViolationFacts = facts,
                LegalBasis = basis,
                PenaltyCategory = category,
                PenaltyContent = content,
                FineWanYuan = fine,
                LicenceAffected = licence,
                DecisionDate = on,
                Authority = "方城县应急管理局",
                DataSource = "方城县应急管理局",
                Procedure = procedure,
            }, today, Recorder, now, publication);
        }

        Accident Accident(Subject s, DateOnly on, string place, int deaths, int injuries, long loss, bool liability, bool concealed, string description) =>
            Domain.Accidents.Accident.Report(s.Id, null, new AccidentDetails
            {
                OccurredOn = on, Place = place, Deaths = deaths, SeriousInjuries = injuries, DirectLossYuan = loss,
                Description = description, IsLiability = liability, Concealed = concealed,
            }, today, Recorder, now, publication);

        CreditRecord Commendation(Subject s, DateOnly on, string title, string document) =>
            CreditRecord.Commendation(s.Id, null, on, today, title, document, Recorder, now);

        const string TrainingBasis = "《中华人民共和国安全生产法》第九十七条第（三）项";
        const string HazardBasis = "《中华人民共和国安全生产法》第一百零二条";
        for (var i = 0; i < enterprises.Count; i++)
        {
            var s = enterprises[i];
            switch (i % 8)
            {
                case 0: // D: an injury accident that was concealed, eight months ago.
                    db.Accidents.Add(Accident(s, today.AddMonths(-8), "原料库房", 0, 2, 380_000, liability: true, concealed: true,
                        "搬运作业中货架倒塌致两名工人重伤，企业未按规定上报，经群众举报查实。"));
                    db.Penalties.Add(Penalty(s, today.AddMonths(-7), PenaltyProcedure.General, "罚款", 30m, "迟报、瞒报生产安全事故",
                        "该单位发生生产安全事故后未按规定报告。", "《生产安全事故报告和调查处理条例》第三十六条", "罚款人民币叁拾万元整", attachPrincipal: true));
                    break;
                case 1: // C: a fatal general liability accident four months ago.
                    db.Accidents.Add(Accident(s, today.AddMonths(-4), "二号生产车间", 1, 0, 1_200_000, liability: true, concealed: false,
                        "设备检修时未执行停电挂牌制度，维修人员被卷入传动部位，经抢救无效死亡。"));
                    db.CreditRecords.Add(Commendation(s, today.AddMonths(-26), "2023年度全县安全生产先进单位", "方安委〔2024〕2号"));
                    break;
                case 2: // B: a suspension and three smaller penalties within the year (−24).
                    db.Penalties.Add(Penalty(s, today.AddMonths(-5), PenaltyProcedure.General, "责令停产停业整顿;罚款", 5m, "未消除重大事故隐患",
                        "检查发现液化气储罐区可燃气体报警装置失效，逾期未整改。", HazardBasis, "责令停产停业整顿一个月，并处罚款伍万元整"));
                    db.Penalties.Add(Penalty(s, today.AddMonths(-2), PenaltyProcedure.General, "罚款", 2m, "未按规定开展安全生产教育和培训",
                        "新入职员工未经岗前安全培训即上岗作业。", TrainingBasis, "罚款人民币贰万元整"));
                    db.Penalties.Add(Penalty(s, today.AddDays(-40), PenaltyProcedure.Summary, "警告", 0m, "安全警示标志设置不规范",
                        "危险作业场所未设置明显的安全警示标志。", "《中华人民共和国安全生产法》第九十九条", "警告"));
                    db.Penalties.Add(Penalty(s, today.AddDays(-20), PenaltyProcedure.Summary, "罚款", 0.02m, "劳动防护用品佩戴不规范",
                        "作业人员未按规定佩戴防护用品。", "《中华人民共和国安全生产法》第九十九条", "罚款人民币贰佰元整"));
                    break;
                case 3: // A: a recent commendation.
                    db.CreditRecords.Add(Commendation(s, today.AddMonths(-3), "全县安全生产标准化建设示范单位", $"方应急〔{today.AddMonths(-3).Year}〕15号"));
                    break;
                case 4: // A now, after older records have run their course.
                    db.Penalties.Add(Penalty(s, today.AddMonths(-26), PenaltyProcedure.General, "警告;罚款", 1.5m, "未如实记录安全生产教育和培训情况",
                        "未建立从业人员安全生产教育和培训档案。", TrainingBasis, "警告，并处罚款壹万伍仟元整"));
                    db.Accidents.Add(Accident(s, today.AddMonths(-30), "成品仓库", 0, 0, 260_000, liability: true, concealed: false,
                        "电气线路老化短路引发火灾，烧毁部分库存成品，无人员伤亡。"));
                    break;
                case 5: // An injury accident and a fine within the year.
                    db.Accidents.Add(Accident(s, today.AddMonths(-7), "冲压车间", 0, 1, 150_000, liability: true, concealed: false,
                        "冲床安全联锁装置被擅自拆除，操作工右手被压伤，构成重伤。"));
                    db.Penalties.Add(Penalty(s, today.AddMonths(-6), PenaltyProcedure.General, "罚款", 3m, "安全设备未经常性维护保养",
                        "冲压设备安全防护装置缺失。", "《中华人民共和国安全生产法》第九十九条第（二）项", "罚款人民币叁万元整"));
                    break;
                case 6: // An accident nobody was liable for, and an old commendation.
                    db.Accidents.Add(Accident(s, today.AddMonths(-10), "厂区道路", 0, 1, 30_000, liability: false, concealed: false,
                        "社会车辆驶入厂区道路与厂内叉车相撞，经调查认定不属于生产安全责任事故。"));
                    db.CreditRecords.Add(Commendation(s, today.AddMonths(-20), "安全生产月活动优秀组织单位", "方安委办〔2024〕9号"));
                    break;
                default:
                    break;
            }
        }
        await db.SaveChangesAsync();

        // Quarter by quarter over two years, then today, so each enterprise has a grade history to chart.
        var job = services.GetRequiredService<DailyCreditJob>();
        for (var day = today.AddMonths(-24); day < today; day = day.AddMonths(3))
            await job.RunOnceAsync(day);
        var result = await job.RunOnceAsync(today);
        logger.LogInformation("Seeded demo credit records for {Count} enterprises and graded {Graded}", enterprises.Count, result.Enterprises);
    }

    private sealed record Subject(long Id, string Code, string Name, SubjectType Type);
}
