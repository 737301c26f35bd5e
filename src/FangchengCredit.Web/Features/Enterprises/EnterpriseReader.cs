using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Features.Enterprises;

/// <summary>A person linked to the enterprise, once per person with all their roles; the ID number is masked.</summary>
public sealed record LinkedPerson(long PersonId, string Name, string MaskedIdNumber, string? Phone, IReadOnlyList<PersonRole> Roles, DateOnly Since);

public sealed record EnterpriseAccountRow(string Email, string DisplayName, bool IsLockedOut, DateTime CreatedAtUtc);

/// <summary>The enterprise page (企业详情) and, without the staff-only parts, the enterprise user's own page (本企业).</summary>
public sealed record EnterpriseDetailsModel(
    long Id, string Code, string Name, SubjectType SubjectType, string Industry, string Township, string? Address, string? ContactPhone,
    RiskLevel RiskLevel, bool HasMajorHazardSource, StandardisationGrade Standardisation, DateOnly? LiabilityInsuranceValidUntil,
    OperatingStatus Status, DateOnly RegisteredOn, int Version, IReadOnlyList<LinkedPerson> People)
{
    public IReadOnlyList<EnterpriseAccountRow> Accounts { get; init; } = [];

    public IReadOnlyList<HistoryItem> History { get; init; } = [];

    /// <summary>Set only on the response to a deliberate, audited reveal: the one person whose full number is shown.</summary>
    public long? RevealedPersonId { get; init; }

    public string? RevealedIdNumber { get; init; }

    public IReadOnlyList<long> PersonIds => People.Select(p => p.PersonId).ToList();
}

/// <summary>A person's page (人员详情): masked number, phone and roles across enterprises.</summary>
public sealed record PersonPageModel(long Id, string Name, string MaskedIdNumber, string? Phone, IReadOnlyList<PersonRoleRow> Roles);

public sealed record PersonRoleRow(long EnterpriseId, string EnterpriseName, string Code, OperatingStatus Status, PersonRole Role, DateOnly Since);

/// <summary>Reads for the enterprise and person pages: untracked projections, a fixed handful of queries per page.</summary>
public sealed class EnterpriseReader(AppDbContext db, EnterpriseHistory history, TimeProvider time)
{
    public async Task<EnterpriseDetailsModel?> DetailsAsync(long id, CancellationToken cancellationToken = default)
    {
        var e = await db.Enterprises.AsNoTracking().Where(x => x.Id == id)
            .Select(x => new
            {
                x.Id, x.Code, x.Name, x.SubjectType, x.Address, x.ContactPhone, x.RiskLevel, x.HasMajorHazardSource, x.Standardisation,
                x.LiabilityInsuranceValidUntil, x.Status, x.RegisteredOn, x.Version,
                Industry = db.Industries.Where(i => i.Id == x.IndustryId).Select(i => i.Name).FirstOrDefault(),
                Township = db.Townships.Where(t => t.Code == x.TownshipCode).Select(t => t.Name).FirstOrDefault(),
            })
            .FirstOrDefaultAsync(cancellationToken);
        if (e is null) return null;

        var links = await db.EnterprisePeople.AsNoTracking().Where(ep => ep.EnterpriseId == id)
            .Select(ep => new { ep.PersonId, ep.Person.Name, ep.Person.IdNumber, ep.Person.Phone, ep.Role, ep.Since })
            .ToListAsync(cancellationToken);
        var people = links.GroupBy(p => p.PersonId)
            .Select(g => new LinkedPerson(g.Key, g.First().Name, ResidentIdNumber.Mask(g.First().IdNumber), g.First().Phone,
                g.Select(x => x.Role).Order().ToList(), g.Min(x => x.Since)))
            .OrderBy(p => p.Roles.Min())
            .ThenBy(p => p.Name, StringComparer.Ordinal)
            .ToList();

        return new EnterpriseDetailsModel(e.Id, e.Code, e.Name, e.SubjectType, e.Industry ?? string.Empty, e.Township ?? string.Empty, e.Address,
            e.ContactPhone, e.RiskLevel, e.HasMajorHazardSource, e.Standardisation, e.LiabilityInsuranceValidUntil, e.Status, e.RegisteredOn,
            e.Version, people);
    }

    /// <summary>The page staff see: details plus the bound accounts and the change history.</summary>
    public async Task<EnterpriseDetailsModel?> StaffDetailsAsync(long id, CancellationToken cancellationToken = default)
    {
        var model = await DetailsAsync(id, cancellationToken);
        if (model is null) return null;
        var now = time.GetUtcNow();
        var accounts = (await db.Users.AsNoTracking().Where(u => u.EnterpriseId == id).OrderBy(u => u.Email)
                .Select(u => new { u.Email, u.DisplayName, u.LockoutEnd, u.CreatedAtUtc })
                .ToListAsync(cancellationToken))
            .Select(u => new EnterpriseAccountRow(u.Email ?? string.Empty, u.DisplayName, u.LockoutEnd is { } end && end > now, u.CreatedAtUtc))
            .ToList();
        var linkIds = await db.EnterprisePeople.AsNoTracking().Where(ep => ep.EnterpriseId == id).Select(ep => ep.Id).ToListAsync(cancellationToken);
        var items = await history.ForEnterpriseAsync(id, model.Code, linkIds, model.PersonIds, cancellationToken);
        return model with { Accounts = accounts, History = items };
    }

    /// <summary>The edit form as it stands: kept people carry their id and masked number, never the full number.</summary>
    public async Task<EnterpriseInput?> EditInputAsync(long id, CancellationToken cancellationToken = default)
    {
        var e = await db.Enterprises.AsNoTracking().Include(x => x.People).ThenInclude(p => p.Person).AsSplitQuery()
            .FirstOrDefaultAsync(x => x.Id == id, cancellationToken);
        if (e is null) return null;
        static PersonInput Row(Person? p) => p is null ? new PersonInput()
            : new PersonInput { PersonId = p.Id, Name = p.Name, Phone = p.Phone, MaskedIdNumber = p.MaskedIdNumber };
        var legal = e.Holder(PersonRole.LegalRepresentative);
        var principal = e.Holder(PersonRole.Principal);
        return new EnterpriseInput
        {
            EnterpriseId = e.Id,
            Code = e.Code,
            Name = e.Name,
            SubjectType = e.SubjectType,
            IndustryId = e.IndustryId,
            TownshipCode = e.TownshipCode,
            Address = e.Address,
            ContactPhone = e.ContactPhone,
            RiskLevel = e.RiskLevel,
            HasMajorHazardSource = e.HasMajorHazardSource,
            Standardisation = e.Standardisation,
            LiabilityInsuranceValidUntil = e.LiabilityInsuranceValidUntil,
            LegalRepresentative = Row(legal),
            PrincipalSameAsLegalRepresentative = legal is not null && principal is not null && legal.Id == principal.Id,
            Principal = Row(principal),
            ActualControllers = e.People.Where(p => p.Role == PersonRole.ActualController).OrderBy(p => p.Id).Select(p => Row(p.Person)).ToList(),
            Version = e.Version,
        };
    }

    /// <summary>What the edit form shows beside the code, which cannot be changed.</summary>
    public Task<string?> CodeAsync(long id, CancellationToken cancellationToken = default) =>
        db.Enterprises.AsNoTracking().Where(e => e.Id == id).Select(e => e.Code).FirstOrDefaultAsync(cancellationToken);

    public async Task<PersonPageModel?> PersonAsync(long id, CancellationToken cancellationToken = default)
    {
        var person = await db.People.AsNoTracking().Where(p => p.Id == id)
            .Select(p => new { p.Id, p.Name, p.IdNumber, p.Phone })
            .FirstOrDefaultAsync(cancellationToken);
        if (person is null) return null;
        var roles = await (from ep in db.EnterprisePeople.AsNoTracking()
                           join e in db.Enterprises.AsNoTracking() on ep.EnterpriseId equals e.Id
                           where ep.PersonId == id
                           orderby e.Name, ep.Role
                           select new PersonRoleRow(e.Id, e.Name, e.Code, e.Status, ep.Role, ep.Since))
            .ToListAsync(cancellationToken);
        return new PersonPageModel(person.Id, person.Name, ResidentIdNumber.Mask(person.IdNumber), person.Phone, roles);
    }
}
