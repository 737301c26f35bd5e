using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Infrastructure;

namespace FangchengCredit.Web.Features.Licensing;

public sealed record EnterpriseRef(long Id, string Name, string Code);

public sealed record QueueRow(
    long Id, string Enterprise, long EnterpriseId, string LicenceType, CommitmentMode Mode, bool GreenChannel, DateOnly AcceptedOn, DateOnly TargetDate,
    ApplicationStatus Status, bool Overdue, int WorkingDaysLeft);

public sealed record QueueModel(PagedList<QueueRow> Rows, ApplicationStatus? Status, string? Q);

public sealed record LicenceTypeOption(int Id, string Name, int DecisionWorkingDays);

public sealed record NewApplicationModel(
    string? Q, IReadOnlyList<EnterpriseRef> Hits, EnterpriseRef? Enterprise, CreditGrade? Grade, CommitmentEligibility? Eligibility,
    IReadOnlyList<LicenceTypeOption> Types, ApplicationInput Input, DateOnly DefaultDue, int DeadlineWorkingDays, IReadOnlyList<int> YearsWithoutData);

public sealed record ApplicationDetailsModel(
    LicenceApplication Application, EnterpriseRef Enterprise, string LicenceType, Licence? Licence, DateOnly Today,
    IReadOnlyDictionary<long, int> WorkingDaysLeft, DecisionInput Decision, IReadOnlyList<int> YearsWithoutData);

public sealed record LetterModel(LicenceApplication Application, EnterpriseRef Enterprise, string LegalRepresentative, string LicenceType, string Authority, LicensingRules Rules);

public sealed record LicenceRow(
    long Id, long EnterpriseId, string Enterprise, string Type, string Number, DateOnly DecidedOn, DateOnly ValidFrom, DateOnly ValidUntil,
    LicenceStatus Status, string? RevocationReason, string? ProposedBy, int Version, bool ExpiringSoon);

public sealed record EnterpriseLicensingModel(
    EnterpriseRef Enterprise, IReadOnlyList<LicenceRow> Licences, IReadOnlyList<QueueRow> Applications, CommitmentEligibility? Eligibility);

public sealed record CommitmentRow(
    long ApplicationId, long EnterpriseId, string Enterprise, CommitmentMode Mode, string Item, DateOnly DueOn, int WorkingDaysLeft, bool Uploaded);

public sealed record CommitmentsModel(IReadOnlyList<CommitmentRow> DueSoon, IReadOnlyList<CommitmentRow> Overdue, int DueSoonWorkingDays);

public sealed record LicenceListModel(string Title, IReadOnlyList<LicenceRow> Rows, bool CanDecide, string Empty);

public sealed record StatisticsRow(string Label, int Applications, int Decided, double? AverageWorkingDays);

public sealed record StatisticsModel(IReadOnlyList<StatisticsRow> ByGrade, IReadOnlyList<StatisticsRow> ByMode, int Kept, int Breached, int False, int Pending);
