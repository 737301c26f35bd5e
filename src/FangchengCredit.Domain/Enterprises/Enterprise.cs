using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Enterprises;

/// <summary>
/// A supervised market subject in the registry (企业信用档案的主体), identified by its 统一社会信用代码.
/// Changes go through named methods; their history is the audit trail.
/// </summary>
public sealed class Enterprise
{
    private readonly List<EnterprisePerson> _people = [];

    public long Id { get; private set; }

    /// <summary>统一社会信用代码, normalised (upper case, 18 characters, both check characters verified).</summary>
    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public SubjectType SubjectType { get; private set; }

    public int IndustryId { get; private set; }

    public string TownshipCode { get; private set; } = string.Empty;

    public string? Address { get; private set; }

    public string? ContactPhone { get; private set; }

    public RiskLevel RiskLevel { get; private set; }

    /// <summary>重大危险源</summary>
    public bool HasMajorHazardSource { get; private set; }

    /// <summary>安全生产标准化等级 held now.</summary>
    public StandardisationGrade Standardisation { get; private set; }

    /// <summary>安责险有效期至</summary>
    public DateOnly? LiabilityInsuranceValidUntil { get; private set; }

    public OperatingStatus Status { get; private set; }

    /// <summary>The day the bureau registered the enterprise in the portal.</summary>
    public DateOnly RegisteredOn { get; private set; }

    /// <summary>Optimistic concurrency: bumped on every save, so two staff editing at once cannot overwrite each other silently.</summary>
    public int Version { get; private set; }

    public IReadOnlyCollection<EnterprisePerson> People => _people.AsReadOnly();

    private Enterprise() { }

    public static Enterprise Register(UnifiedSocialCreditCode code, EnterpriseDetails details, DateOnly registeredOn)
    {
        ArgumentNullException.ThrowIfNull(code);
        var enterprise = new Enterprise { Code = code.Value, RegisteredOn = registeredOn, Status = OperatingStatus.Operating };
        enterprise.UpdateDetails(details);
        return enterprise;
    }

    public void UpdateDetails(EnterpriseDetails details)
    {
        ArgumentNullException.ThrowIfNull(details);
        var d = details.Normalised();
        Name = d.Name;
        SubjectType = d.SubjectType;
        IndustryId = d.IndustryId;
        TownshipCode = d.TownshipCode;
        Address = d.Address;
        ContactPhone = d.ContactPhone;
        RiskLevel = d.RiskLevel;
        HasMajorHazardSource = d.HasMajorHazardSource;
        Standardisation = d.Standardisation;
        LiabilityInsuranceValidUntil = d.LiabilityInsuranceValidUntil;
    }

    public EnterpriseDetails Details => new()
    {
        Name = Name, SubjectType = SubjectType, IndustryId = IndustryId, TownshipCode = TownshipCode, Address = Address,
        ContactPhone = ContactPhone, RiskLevel = RiskLevel, HasMajorHazardSource = HasMajorHazardSource,
        Standardisation = Standardisation, LiabilityInsuranceValidUntil = LiabilityInsuranceValidUntil,
    };

    /// <summary>The one thing an enterprise user may change about its own enterprise.</summary>
    public void ChangeContactPhone(string? phone)
    {
        var trimmed = string.IsNullOrWhiteSpace(phone) ? null : phone.Trim();
        if (trimmed is not null && !PhoneNumber.IsValid(trimmed)) throw new DomainException("联系电话格式不正确");
        ContactPhone = trimmed;
    }

    /// <summary>
    /// Gives a person a role. The legal representative and the principal are single: appointing a new one replaces the old.
    /// Appointing the person who already holds the role changes nothing.
    /// </summary>
    public void Appoint(Person person, PersonRole role, DateOnly since)
    {
        ArgumentNullException.ThrowIfNull(person);
        if (Status == OperatingStatus.Deregistered) throw new DomainException("已注销的企业不能变更人员");
        if (HoldsRole(person, role)) return;
        if (role is PersonRole.LegalRepresentative or PersonRole.Principal)
            _people.RemoveAll(p => p.Role == role);
        _people.Add(new EnterprisePerson(person, role, since));
    }

    /// <summary>Only an actual controller can simply be removed; the single roles are replaced by appointing someone else.</summary>
    public void RemoveActualController(long personId)
    {
        var removed = _people.RemoveAll(p => p.Role == PersonRole.ActualController && p.PersonId == personId);
        if (removed == 0) throw new DomainException("该人员不是本企业的实际控制人");
    }

    public Person? Holder(PersonRole role) => _people.FirstOrDefault(p => p.Role == role)?.Person;

    public void SuspendForRectification()
    {
        if (Status == OperatingStatus.Deregistered) throw new DomainException("已注销的企业不能停产整顿");
        Status = OperatingStatus.SuspendedForRectification;
    }

    public void ResumeOperation()
    {
        if (Status != OperatingStatus.SuspendedForRectification) throw new DomainException("只有停产整顿的企业才能恢复生产");
        Status = OperatingStatus.Operating;
    }

    public void Deregister()
    {
        if (Status == OperatingStatus.Deregistered) throw new DomainException("企业已注销");
        Status = OperatingStatus.Deregistered;
    }

    /// <summary>Used by edits from the registry pages when staff set the status directly.</summary>
    public void ChangeStatus(OperatingStatus status)
    {
        if (status == Status) return;
        switch (status)
        {
            case OperatingStatus.SuspendedForRectification: SuspendForRectification(); break;
            case OperatingStatus.Deregistered: Deregister(); break;
            default:
                if (Status == OperatingStatus.Deregistered) throw new DomainException("已注销的企业不能恢复为在营");
                ResumeOperation();
                break;
        }
    }

    private bool HoldsRole(Person person, PersonRole role) =>
        _people.Any(p => p.Role == role && (ReferenceEquals(p.Person, person) || (person.Id != 0 && p.PersonId == person.Id)));
}
