using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Infrastructure;

namespace FangchengCredit.Web.Features.Records;

/// <summary>A person the record may be attached to, with the role held in the enterprise.</summary>
public sealed record PersonOption(long Id, string Name, PersonRole Role);

/// <summary>Asks for the enterprise first when an entry page is opened without one.</summary>
public sealed record PickEnterpriseModel(string Heading, string ActionPath, string? Code, string? Error);

public sealed record AccidentFormModel(EnterpriseSummary Enterprise, IReadOnlyList<PersonOption> People, AccidentInput Input, long? AccidentId = null);

public sealed record PenaltyFormModel(EnterpriseSummary Enterprise, IReadOnlyList<PersonOption> People, PenaltyInput Input);

public sealed record CommendationFormModel(EnterpriseSummary Enterprise, IReadOnlyList<PersonOption> People, CommendationInput Input);

/// <summary>One line of a records list across enterprises.</summary>
public sealed record RecordListRow(
    long Id, CreditRecordKind Kind, DateOnly Date, string Title, string? DocumentNumber, CreditRecordStatus Status,
    long? EnterpriseId, string? EnterpriseName, string RecordedBy);

public sealed record EnterpriseHit(long Id, string Code, string Name);

public sealed record RecordsIndexModel(
    string? Query, IReadOnlyList<EnterpriseHit> Enterprises, CreditRecordKind? Kind, CreditRecordStatus? Status, PagedList<RecordListRow> Records);

public sealed record EnterpriseRecordsModel(
    EnterpriseSummary Enterprise, IReadOnlyList<PersonOption> People, CurrentCreditGrade? Grade, PagedList<RecordRow> Records);

public sealed record RecordDetailsModel(
    CreditRecord Record,
    EnterpriseSummary? Enterprise,
    PersonOption? Person,
    Accident? Accident,
    AdministrativePenalty? Penalty,
    IReadOnlyList<EvidenceRow> Evidence,
    CurrentCreditGrade? Grade,
    VoidInput Void);

public sealed record PersonRecordsModel(
    long PersonId, string Name, string MaskedIdNumber, IReadOnlyList<(EnterpriseHit Enterprise, PersonRole Role)> Roles, IReadOnlyList<RecordListRow> Records);

public sealed record PersonSelectModel(IReadOnlyList<PersonOption> People, long? Selected);
