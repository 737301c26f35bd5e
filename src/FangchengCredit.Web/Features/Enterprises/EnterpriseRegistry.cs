using FangchengCredit.Data;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;
using FangchengCredit.Web.Resources;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;

namespace FangchengCredit.Web.Features.Enterprises;

public enum RegistryOutcome
{
    Saved,
    Unchanged,
    Invalid,
    Duplicate,
    Stale,
    NotFound,
}

/// <summary>What a registry command did: the enterprise it saved, or the errors to show beside the fields.</summary>
public sealed record RegistryResult(RegistryOutcome Outcome, long? EnterpriseId = null, IReadOnlyList<KeyValuePair<string, string>>? Errors = null)
{
    public IReadOnlyList<KeyValuePair<string, string>> FieldErrors => Errors ?? [];
}

/// <summary>
/// Registers and edits enterprises (the handler behind the create, edit and status forms). Loads the aggregate,
/// resolves the people by 身份证号, calls the domain methods and saves once; the audit trail records the changes.
/// </summary>
public sealed class EnterpriseRegistry(AppDbContext db, TimeProvider time, CreditGradingService grading, IStringLocalizer<SharedResource> l)
{
    public async Task<RegistryResult> CreateAsync(EnterpriseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var code = UnifiedSocialCreditCode.Parse(input.Code!);
        if (await FindByCodeAsync(code.Value, cancellationToken) is { } existing)
            return new RegistryResult(RegistryOutcome.Duplicate, existing);

        var errors = new List<KeyValuePair<string, string>>();
        await CheckReferencesAsync(input, null, errors, cancellationToken);
        var people = await ResolvePeopleAsync(input, [], errors, cancellationToken);
        if (errors.Count > 0) return new RegistryResult(RegistryOutcome.Invalid, Errors: errors);

        var today = BureauClock.Today(time);
        Enterprise enterprise;
        try
        {
            enterprise = Enterprise.Register(code, input.ToDetails(), today);
            enterprise.Appoint(people.LegalRepresentative!, PersonRole.LegalRepresentative, today);
            enterprise.Appoint(people.Principal!, PersonRole.Principal, today);
            foreach (var controller in people.ActualControllers) enterprise.Appoint(controller, PersonRole.ActualController, today);
        }
        catch (DomainException ex)
        {
            return Invalid(string.Empty, ex.Message);
        }

        db.Enterprises.Add(enterprise);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone registered the same code (or the same new person) a moment ago: the unique indexes refused it.
            db.ChangeTracker.Clear();
            if (await FindByCodeAsync(code.Value, cancellationToken) is { } raced)
                return new RegistryResult(RegistryOutcome.Duplicate, raced);
            return Invalid(string.Empty, l["保存失败：数据已被他人修改，请刷新后重试。"]);
        }
        return new RegistryResult(RegistryOutcome.Saved, enterprise.Id);
    }

    public async Task<RegistryResult> UpdateAsync(long id, EnterpriseInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var enterprise = await LoadAsync(id, cancellationToken);
        if (enterprise is null) return new RegistryResult(RegistryOutcome.NotFound);
        if (enterprise.Version != input.Version) return new RegistryResult(RegistryOutcome.Stale, id);

        var errors = new List<KeyValuePair<string, string>>();
        await CheckReferencesAsync(input, enterprise, errors, cancellationToken);
        var current = enterprise.People.Select(p => p.Person).DistinctBy(p => p.Id).ToList();
        var people = await ResolvePeopleAsync(input, current, errors, cancellationToken);
        if (errors.Count > 0) return new RegistryResult(RegistryOutcome.Invalid, id, errors);

        var today = BureauClock.Today(time);
        var gradingFacts = GradingFactsOf(enterprise);
        try
        {
            enterprise.UpdateDetails(input.ToDetails());
            AppointIfChanged(enterprise, people.LegalRepresentative!, PersonRole.LegalRepresentative, today);
            AppointIfChanged(enterprise, people.Principal!, PersonRole.Principal, today);
            var wanted = people.ActualControllers.ToList();
            foreach (var gone in enterprise.People.Where(p => p.Role == PersonRole.ActualController && !wanted.Any(w => Same(w, p.Person))).ToList())
                enterprise.RemoveActualController(gone.PersonId);
            foreach (var added in wanted.Where(w => !enterprise.People.Any(p => p.Role == PersonRole.ActualController && Same(w, p.Person))))
                enterprise.Appoint(added, PersonRole.ActualController, today);
        }
        catch (DomainException ex)
        {
            return Invalid(string.Empty, ex.Message);
        }

        var saved = await SaveAggregateAsync(enterprise, input.Version, cancellationToken);
        // A changed standardisation grade or insurance cover changes the grade: regraded at once, like a new record, so the
        // list and the partners' API do not show the stored grade (which stands for days to come) until the daily job.
        if (saved.Outcome == RegistryOutcome.Saved && GradingFactsOf(enterprise) != gradingFacts) await grading.RefreshAsync(id, cancellationToken);
        return saved;
    }

    /// <summary>The enterprise's own columns that grading reads (its records aside).</summary>
    internal static (StandardisationGrade, DateOnly?) GradingFactsOf(Enterprise enterprise) =>
        (enterprise.Standardisation, enterprise.LiabilityInsuranceValidUntil);

    public async Task<RegistryResult> ChangeStatusAsync(long id, StatusInput input, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(input);
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null) return new RegistryResult(RegistryOutcome.NotFound);
        if (enterprise.Version != input.Version) return new RegistryResult(RegistryOutcome.Stale, id);
        if (input.Status is not { } status || !Enum.IsDefined(status)) return Invalid(nameof(StatusInput.Status), l["请选择经营状态。"]);
        try
        {
            enterprise.ChangeStatus(status);
        }
        catch (DomainException ex)
        {
            return Invalid(nameof(StatusInput.Status), ex.Message);
        }
        return await SaveAggregateAsync(enterprise, input.Version, cancellationToken);
    }

    /// <summary>The one change an enterprise user may make to its own enterprise (本企业联系电话).</summary>
    public async Task<RegistryResult> ChangeContactPhoneAsync(long id, string? phone, int version, CancellationToken cancellationToken = default)
    {
        var enterprise = await db.Enterprises.FirstOrDefaultAsync(e => e.Id == id, cancellationToken);
        if (enterprise is null) return new RegistryResult(RegistryOutcome.NotFound);
        if (enterprise.Version != version) return new RegistryResult(RegistryOutcome.Stale, id);
        try
        {
            enterprise.ChangeContactPhone(phone);
        }
        catch (DomainException ex)
        {
            return Invalid(nameof(Enterprise.ContactPhone), ex.Message);
        }
        return await SaveAggregateAsync(enterprise, version, cancellationToken);
    }

    /// <summary>
    /// The full 身份证号 of a person linked to the enterprise, for a staff member who asked on purpose; the request is
    /// written to the audit chain (who, when, which person, for which enterprise and why) before the number is returned.
    /// </summary>
    public async Task<string?> RevealIdNumberAsync(long enterpriseId, long personId, string reason, CancellationToken cancellationToken = default)
    {
        var code = await db.Enterprises.AsNoTracking().Where(e => e.Id == enterpriseId).Select(e => e.Code).FirstOrDefaultAsync(cancellationToken);
        if (code is null) return null;
        var number = await db.EnterprisePeople.AsNoTracking()
            .Where(ep => ep.EnterpriseId == enterpriseId && ep.PersonId == personId)
            .Select(ep => ep.Person.IdNumber)
            .FirstOrDefaultAsync(cancellationToken);
        if (number is null) return null;
        await db.RecordAccessAsync(EnterpriseHistory.PersonEntity, personId.ToString(System.Globalization.CultureInfo.InvariantCulture), EnterpriseHistory.RevealedAction,
            new Dictionary<string, string?> { [EnterpriseHistory.RevealEnterpriseKey] = code, [EnterpriseHistory.RevealReasonKey] = reason.Trim() },
            cancellationToken);
        return number;
    }

    private async Task<RegistryResult> SaveAggregateAsync(Enterprise enterprise, int postedVersion, CancellationToken cancellationToken)
    {
        db.ChangeTracker.DetectChanges();
        if (!db.ChangeTracker.HasChanges()) return new RegistryResult(RegistryOutcome.Unchanged, enterprise.Id);

        // The enterprise row carries the version of the whole aggregate: a change to its people alone bumps it too,
        // so two staff changing the people at once cannot overwrite each other, and the history can tie the
        // people's entries to the enterprise's entry of the same save.
        var version = db.Entry(enterprise).Property(e => e.Version);
        version.OriginalValue = postedVersion;
        version.IsModified = true;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return new RegistryResult(RegistryOutcome.Stale, enterprise.Id);
        }
        catch (DbUpdateException)
        {
            return Invalid(string.Empty, l["保存失败：数据已被他人修改，请刷新后重试。"]);
        }
        return new RegistryResult(RegistryOutcome.Saved, enterprise.Id);
    }

    private Task<Enterprise?> LoadAsync(long id, CancellationToken cancellationToken) =>
        db.Enterprises.Include(e => e.People).ThenInclude(p => p.Person).AsSplitQuery().FirstOrDefaultAsync(e => e.Id == id, cancellationToken);

    private async Task<long?> FindByCodeAsync(string code, CancellationToken cancellationToken)
    {
        var id = await db.Enterprises.AsNoTracking().Where(e => e.Code == code).Select(e => (long?)e.Id).FirstOrDefaultAsync(cancellationToken);
        return id;
    }

    /// <summary>Industry and township must exist and be in use; an enterprise may keep the one it already has after it was retired.</summary>
    private async Task CheckReferencesAsync(EnterpriseInput input, Enterprise? current, List<KeyValuePair<string, string>> errors, CancellationToken cancellationToken)
    {
        var industry = await db.Industries.AsNoTracking().Where(i => i.Id == input.IndustryId).Select(i => new { i.IsActive }).FirstOrDefaultAsync(cancellationToken);
        if (industry is null || (!industry.IsActive && current?.IndustryId != input.IndustryId))
            errors.Add(new(nameof(EnterpriseInput.IndustryId), l["请选择有效的行业。"]));
        var code = input.TownshipCode?.Trim();
        var township = await db.Townships.AsNoTracking().Where(t => t.Code == code).Select(t => new { t.IsActive }).FirstOrDefaultAsync(cancellationToken);
        if (township is null || (!township.IsActive && current?.TownshipCode != code))
            errors.Add(new(nameof(EnterpriseInput.TownshipCode), l["请选择有效的乡镇街道。"]));
    }

    private sealed record ResolvedPeople(Person? LegalRepresentative, Person? Principal, IReadOnlyList<Person> ActualControllers);

    private async Task<ResolvedPeople> ResolvePeopleAsync(EnterpriseInput input, IReadOnlyList<Person> current, List<KeyValuePair<string, string>> errors, CancellationToken cancellationToken)
    {
        var seen = new Dictionary<string, Person>(StringComparer.Ordinal);
        var legal = await ResolveAsync(input.LegalRepresentative, nameof(EnterpriseInput.LegalRepresentative), current, seen, errors, cancellationToken);
        var principal = input.PrincipalSameAsLegalRepresentative
            ? legal
            : await ResolveAsync(input.Principal, nameof(EnterpriseInput.Principal), current, seen, errors, cancellationToken);
        var controllers = new List<Person>();
        for (var i = 0; i < input.ActualControllers.Count; i++)
        {
            var row = input.ActualControllers[i];
            if (row.IsBlank) continue;
            var person = await ResolveAsync(row, $"{nameof(EnterpriseInput.ActualControllers)}[{i}]", current, seen, errors, cancellationToken);
            if (person is not null && !controllers.Any(c => Same(c, person))) controllers.Add(person);
        }
        return new ResolvedPeople(legal, principal, controllers);
    }

    /// <summary>
    /// Finds the person by 身份证号 (people are shared across enterprises) or creates them. A name that differs from the one
    /// registered for that number is refused rather than silently renaming the person everywhere.
    /// </summary>
    private async Task<Person?> ResolveAsync(PersonInput input, string prefix, IReadOnlyList<Person> current, Dictionary<string, Person> seen,
        List<KeyValuePair<string, string>> errors, CancellationToken cancellationToken)
    {
        var name = input.Name?.Trim() ?? string.Empty;
        Person? person;
        if (input.KeepsRegisteredPerson)
        {
            person = current.FirstOrDefault(p => p.Id == input.PersonId);
            if (person is null)
            {
                errors.Add(new(prefix + "." + nameof(PersonInput.IdNumber), l["请输入身份证号。"]));
                return null;
            }
            if (!string.Equals(person.Name, name, StringComparison.Ordinal))
            {
                errors.Add(new(prefix + "." + nameof(PersonInput.Name),
                    l["已登记人员的姓名为“{0}”。更换人员请同时填写新人员的姓名和身份证号。", person.Name]));
                return null;
            }
        }
        else
        {
            if (!ResidentIdNumber.TryParse(input.IdNumber, out var number, out _)) return null; // the validator has said why
            if (seen.TryGetValue(number.Value, out var already))
            {
                person = already;
            }
            else
            {
                person = current.FirstOrDefault(p => p.IdNumber == number.Value)
                         ?? await db.People.FirstOrDefaultAsync(p => p.IdNumber == number.Value, cancellationToken);
            }
            if (person is null)
            {
                person = Person.Create(name, number);
            }
            else if (!string.Equals(person.Name, name, StringComparison.Ordinal))
            {
                errors.Add(new(prefix + "." + nameof(PersonInput.Name),
                    l["身份证号 {0} 已登记为“{1}”，与填写的姓名“{2}”不一致，请核对。", number.Masked, person.Name, name]));
                return null;
            }
        }

        seen[person.IdNumber] = person;
        var phone = input.Phone?.Trim();
        if (!string.IsNullOrEmpty(phone) && phone != person.Phone)
        {
            try
            {
                person.ChangePhone(phone);
            }
            catch (DomainException ex)
            {
                errors.Add(new(prefix + "." + nameof(PersonInput.Phone), ex.Message));
            }
        }
        return person;
    }

    private static void AppointIfChanged(Enterprise enterprise, Person person, PersonRole role, DateOnly today)
    {
        var holder = enterprise.Holder(role);
        if (holder is not null && Same(holder, person)) return;
        enterprise.Appoint(person, role, today);
    }

    private static bool Same(Person a, Person b) => ReferenceEquals(a, b) || (a.Id != 0 && a.Id == b.Id) || a.IdNumber == b.IdNumber;

    private RegistryResult Invalid(string key, string message) => new(RegistryOutcome.Invalid, Errors: [new(key, message)]);
}
