using FangchengCredit.Data;
using FangchengCredit.Domain.Calendar;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FangchengCredit.Web.Features.Licensing;

/// <summary>What staff enter to accept an application.</summary>
public sealed record NewApplication(
    long EnterpriseId, int LicenceTypeId, DateOnly AcceptedOn, CommitmentMode Mode, DateOnly SignedOn,
    IReadOnlyList<string> ReceivedMaterials, IReadOnlyList<(string Description, DateOnly DueOn)> Owed);

/// <summary>The licence particulars staff enter when approving.</summary>
public sealed record LicenceDecision(string Number, string DecisionDocumentNumber, string Content, DateOnly DecidedOn);

/// <summary>
/// 行政许可 with credit commitments: eligibility, acceptance, owed materials, decisions, and the consequences of a kept,
/// breached or false commitment (credit record, termination or revocation proposal, 容缺 ban, regrading) in one transaction.
/// </summary>
public sealed class LicensingService(
    AppDbContext db, CreditGradingService grading, LicensingCalendar calendars, IOptions<LicensingRules> rules,
    IOptions<LicensingAuthorityOptions> authority, IOptions<PublicationPeriodRules> publication, TimeProvider time)
{
    /// <summary>Who proposes a revocation that follows a breach found by the daily job.</summary>
    public const string JobActor = "每日承诺任务";

    public LicensingRules Rules => rules.Value;

    private DateTime NowUtc => time.GetUtcNow().UtcDateTime;

    public async Task<EligibilityFacts?> FactsAsync(long enterpriseId, CancellationToken ct = default)
    {
        var current = await grading.CurrentAsync(enterpriseId, ct);
        if (current is null) return null;
        var breached = await db.Commitments.AsNoTracking()
            .Where(c => c.EnterpriseId == enterpriseId && (c.Status == CommitmentStatus.Breached || c.Status == CommitmentStatus.False) && c.ConcludedOn != null)
            .Select(c => c.ConcludedOn!.Value)
            .ToListAsync(ct);
        var bans = await db.DeficiencyBans.AsNoTracking().Where(b => b.EnterpriseId == enterpriseId).Select(b => b.Until).ToListAsync(ct);
        return new EligibilityFacts
        {
            Grade = current.Grade,
            // The blacklist arrives with its own feature; until then nobody is listed (as in grading).
            IsBlacklisted = false,
            BreachedCommitmentDates = breached,
            DeficiencyBanUntil = bans.Count == 0 ? null : bans.Max(),
        };
    }

    public async Task<(CommitmentEligibility Eligibility, CreditGrade Grade)?> EligibilityAsync(long enterpriseId, DateOnly asOf, CancellationToken ct = default) =>
        await FactsAsync(enterpriseId, ct) is { } facts ? (new CommitmentEligibilityPolicy(Rules).Evaluate(facts, asOf), facts.Grade) : null;

    /// <summary>Accepts an application; throws DomainException (Chinese) when the mode is not allowed or the input breaks a rule.</summary>
    public async Task<LicenceApplication> AcceptAsync(NewApplication input, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var type = await db.LicenceTypes.SingleOrDefaultAsync(t => t.Id == input.LicenceTypeId && t.IsActive, ct)
                   ?? throw new DomainException("许可证种类不存在或已停用");
        var (eligibility, grade) = await EligibilityAsync(input.EnterpriseId, input.AcceptedOn, ct) ?? throw new DomainException("企业不存在");
        var commitment = input.Mode switch
        {
            CommitmentMode.None => null,
            CommitmentMode.NotifyAndCommit => Commitment.NotifyAndCommit(input.EnterpriseId, input.SignedOn),
            CommitmentMode.AcceptWithDeficiencies => Commitment.AcceptWithDeficiencies(input.EnterpriseId, input.SignedOn, input.Owed),
            _ => throw new DomainException("未知的承诺方式"),
        };
        var calendar = await calendars.LoadAsync(ct);
        var application = LicenceApplication.Accept(
            input.EnterpriseId, type.Id, input.AcceptedOn, eligibility, commitment,
            calendar.AddWorkingDays(input.AcceptedOn, type.DecisionWorkingDays),
            calendar.AddWorkingDays(input.AcceptedOn, Rules.GreenChannelTargetWorkingDays), grade);
        application.ListMaterials(input.ReceivedMaterials, commitment?.Items.Select(i => i.Description) ?? []);
        db.LicenceApplications.Add(application);
        await db.SaveChangesAsync(ct);
        return application;
    }

    public Task<LicenceApplication?> FindAsync(long id, CancellationToken ct = default) =>
        db.LicenceApplications
            .Include(a => a.Commitment).ThenInclude(c => c!.Items)
            .Include(a => a.Materials)
            .AsSplitQuery()
            .SingleOrDefaultAsync(a => a.Id == id, ct);

    /// <summary>
    /// Staff verified an owed item. The date received is the upload date when the enterprise uploaded it, otherwise today.
    /// When it was the last item the commitment is kept: a good record, and the grade follows.
    /// Throws DbUpdateConcurrencyException when the application changed since <paramref name="version"/>.
    /// </summary>
    public async Task MarkItemReceivedAsync(LicenceApplication application, int version, long itemId, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var commitment = application.Commitment ?? throw new DomainException("该申请没有容缺承诺");
        var item = commitment.Items.SingleOrDefault(i => i.Id == itemId) ?? throw new DomainException("缺项材料不存在");
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        var today = BureauClock.Today(time);
        var kept = commitment.MarkItemReceived(itemId, item.UploadedOn ?? today, actor);
        application.MarkMaterialReceived(item.Description);
        // Touch the application so that its version moves with every change to its commitment.
        db.Entry(application).State = EntityState.Modified;
        await InTransactionAsync(application.EnterpriseId, today, () =>
        {
            if (kept) AddKeptRecord(application, commitment, actor);
        }, ct);
    }

    /// <summary>准予许可: issues the licence with the §11 particulars; a pending 告知承诺 is kept on the decision.</summary>
    public async Task<Licence> ApproveAsync(LicenceApplication application, int version, LicenceDecision decision, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(decision);
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        var type = await db.LicenceTypes.SingleAsync(t => t.Id == application.LicenceTypeId, ct);
        var enterprise = await db.Enterprises.AsNoTracking().SingleAsync(e => e.Id == application.EnterpriseId, ct);
        var legal = await db.EnterprisePeople.AsNoTracking()
            .Where(p => p.EnterpriseId == enterprise.Id && p.Role == PersonRole.LegalRepresentative)
            .Select(p => p.Person.Name).FirstOrDefaultAsync(ct);
        if (await db.Licences.AnyAsync(l => l.Number == decision.Number.Trim(), ct)) throw new DomainException("许可编号已存在");
        var options = authority.Value;
        var licence = Licence.Issue(enterprise.Id, type, decision.Number, decision.DecisionDocumentNumber, decision.Content, decision.DecidedOn,
            new LicenceHolder(enterprise.Name, enterprise.Code, legal ?? string.Empty, options.Name, options.Code, options.DataSource ?? options.Name));
        var wasPending = application.Commitment?.Status == CommitmentStatus.Pending;
        await InTransactionAsync(application.EnterpriseId, BureauClock.Today(time), async () =>
        {
            db.Licences.Add(licence);
            await db.SaveChangesAsync(ct);
            application.Approve(decision.DecidedOn, licence.Id);
            if (wasPending && application.Commitment is { Status: CommitmentStatus.Kept } kept) AddKeptRecord(application, kept, actor);
        }, ct);
        return licence;
    }

    public async Task RefuseAsync(LicenceApplication application, int version, DateOnly on, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        application.Refuse(on, reason);
        await db.SaveChangesAsync(ct);
    }

    public async Task TerminateAsync(LicenceApplication application, int version, DateOnly on, string reason, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        application.Terminate(on, reason);
        await db.SaveChangesAsync(ct);
    }

    /// <summary>The daily job found the commitment overdue: breached, with all its consequences.</summary>
    public async Task BreachAsync(Commitment commitment, DateOnly today, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(commitment);
        commitment.MarkBreached(today);
        await ConsequencesAsync(commitment, today, "逾期未履行信用承诺", JobActor, ct);
    }

    /// <summary>A false commitment found later (staff state the facts): handled as a breach.</summary>
    public async Task DeclareFalseAsync(LicenceApplication application, int version, string facts, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(application);
        var commitment = application.Commitment ?? throw new DomainException("该申请没有信用承诺");
        db.Entry(application).Property(a => a.Version).OriginalValue = version;
        db.Entry(application).State = EntityState.Modified;
        var today = BureauClock.Today(time);
        commitment.DeclareFalse(today, facts);
        await ConsequencesAsync(commitment, today, "虚假承诺", actor, ct);
    }

    public async Task ProposeRevocationAsync(Licence licence, int version, string reason, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(licence);
        db.Entry(licence).Property(l => l.Version).OriginalValue = version;
        licence.ProposeRevocation(reason, actor);
        await db.SaveChangesAsync(ct);
    }

    public async Task DecideRevocationAsync(Licence licence, int version, bool confirm, string actor, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(licence);
        db.Entry(licence).Property(l => l.Version).OriginalValue = version;
        if (confirm) licence.ConfirmRevocation(actor, BureauClock.Today(time));
        else licence.RejectRevocation(actor);
        await db.SaveChangesAsync(ct);
    }

    private async Task ConsequencesAsync(Commitment commitment, DateOnly today, string what, string actor, CancellationToken ct)
    {
        var application = await db.LicenceApplications.SingleOrDefaultAsync(a => a.CommitmentId == commitment.Id, ct);
        var typeName = application is null ? string.Empty
            : await db.LicenceTypes.Where(t => t.Id == application.LicenceTypeId).Select(t => t.Name).SingleAsync(ct);
        var reason = $"{what}：{commitment.ConclusionNote}";
        await InTransactionAsync(commitment.EnterpriseId, today, async () =>
        {
            db.CreditRecords.Add(CreditRecord.Create(
                CreditRecordKind.CommitmentBreached, commitment.EnterpriseId, null, today,
                Truncate($"{what}（{typeName}申请，承诺书签署于 {commitment.SignedOn:yyyy-MM-dd}）", CreditRecord.TitleMaxLength),
                null, RecordSeverity.General, PublicationPeriod.EndFor(RecordSeverity.General, today, publication.Value),
                actor, NowUtc, commitment.Id));
            if (application is { Status: ApplicationStatus.UnderReview })
                application.Terminate(today, Truncate(reason, LicenceApplication.ReasonMaxLength));
            else if (application is { Status: ApplicationStatus.Approved, LicenceId: { } licenceId }
                     && await db.Licences.SingleOrDefaultAsync(l => l.Id == licenceId, ct) is { Status: LicenceStatus.Valid } licence)
                licence.ProposeRevocation(Truncate(reason, 500), actor);
            // A commitment found false after it was counted as kept loses its good record.
            var kept = await db.CreditRecords
                .Where(r => r.Kind == CreditRecordKind.CommitmentKept && r.SourceId == commitment.Id && r.Status != CreditRecordStatus.Voided)
                .ToListAsync(ct);
            foreach (var record in kept) record.Void(Truncate("承诺经查不实：" + reason, CreditRecord.ReasonMaxLength), actor, NowUtc);
            if (!await db.DeficiencyBans.AnyAsync(b => b.CommitmentId == commitment.Id, ct))
                db.DeficiencyBans.Add(DeficiencyBan.Impose(commitment.EnterpriseId, commitment.Id, today, Rules.DeficiencyBanMonths, reason));
        }, ct);
    }

    private void AddKeptRecord(LicenceApplication application, Commitment commitment, string actor)
    {
        var on = commitment.ConcludedOn ?? BureauClock.Today(time);
        db.CreditRecords.Add(CreditRecord.Create(
            CreditRecordKind.CommitmentKept, application.EnterpriseId, null, on,
            Truncate($"按期履行信用承诺（许可申请 {application.Id}，{commitment.Mode.ChineseName()}）", CreditRecord.TitleMaxLength),
            null, null, null, actor, NowUtc, commitment.Id));
    }

    private async Task InTransactionAsync(long enterpriseId, DateOnly today, Func<Task> change, CancellationToken ct)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(ct);
        await change();
        await db.SaveChangesAsync(ct);
        await grading.RegradeRangeAsync(enterpriseId, enterpriseId, today, ct);
        await transaction.CommitAsync(ct);
    }

    private Task InTransactionAsync(long enterpriseId, DateOnly today, Action change, CancellationToken ct) =>
        InTransactionAsync(enterpriseId, today, () => { change(); return Task.CompletedTask; }, ct);

    private static string Truncate(string value, int max) => value.Length <= max ? value : value[..max];
}

/// <summary>The deciding authority written on every licence (§11): "Licensing:Authority".</summary>
public sealed class LicensingAuthorityOptions
{
    public const string SectionName = "Licensing:Authority";

    public string Name { get; set; } = "方城县应急管理局";

    /// <summary>许可机关统一社会信用代码.</summary>
    public string Code { get; set; } = string.Empty;

    /// <summary>数据来源单位; the authority when empty.</summary>
    public string? DataSource { get; set; }
}

/// <summary>The working-day calendar built from the stored holiday years (administrators edit them at /Admin/Calendar).</summary>
public sealed class LicensingCalendar(AppDbContext db)
{
    private WorkingDayCalendar? _loaded;

    public async Task<WorkingDayCalendar> LoadAsync(CancellationToken ct = default)
    {
        if (_loaded is not null) return _loaded;
        var years = await db.HolidayYears.AsNoTracking().ToListAsync(ct);
        return _loaded = new WorkingDayCalendar(years.Select(y => y.ToHolidayYear()));
    }
}
