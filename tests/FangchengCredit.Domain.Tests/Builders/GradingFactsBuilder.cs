using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Records;

namespace FangchengCredit.Domain.Tests.Builders;

/// <summary>
/// Builds an enterprise's grading facts one record at a time. Record ids are numbered from 1 in the order added,
/// unless a test adds a <see cref="CreditFact"/> of its own.
/// </summary>
public sealed class GradingFactsBuilder
{
    private readonly List<CreditFact> _records = [];
    private long _nextId = 1;
    private StandardisationGrade _standardisation = StandardisationGrade.None;
    private DateOnly? _insuranceValidUntil;
    private bool _blacklisted;

    public GradingFactsBuilder WithRecord(CreditFact record)
    {
        _records.Add(record);
        _nextId = Math.Max(_nextId, record.RecordId + 1);
        return this;
    }

    public GradingFactsBuilder WithSummaryPenalty(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.Penalty(_nextId, PenaltySeverity.Summary, on, status));

    public GradingFactsBuilder WithSummaryPenalties(int count, DateOnly on)
    {
        for (var i = 0; i < count; i++)
        {
            WithSummaryPenalty(on);
        }

        return this;
    }

    public GradingFactsBuilder WithGeneralPenalty(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.Penalty(_nextId, PenaltySeverity.General, on, status));

    public GradingFactsBuilder WithSuspension(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.Penalty(_nextId, PenaltySeverity.SuspensionOrLicence, on, status));

    public GradingFactsBuilder WithLiabilityAccident(
        DateOnly on,
        int deaths = 0,
        int seriousInjuries = 0,
        AccidentGrade grade = AccidentGrade.General,
        bool concealed = false,
        CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.Accident(_nextId, on, grade, isLiability: true, deaths, seriousInjuries, concealed, status));

    public GradingFactsBuilder WithNonLiabilityAccident(
        DateOnly on,
        int deaths = 0,
        int seriousInjuries = 0,
        AccidentGrade grade = AccidentGrade.General,
        bool concealed = false) =>
        WithRecord(CreditFact.Accident(_nextId, on, grade, isLiability: false, deaths, seriousInjuries, concealed));

    public GradingFactsBuilder WithBreachedCommitment(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.CommitmentBreached(_nextId, on, status));

    public GradingFactsBuilder WithUnrectifiedHazard(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.HazardNotRectified(_nextId, on, status));

    public GradingFactsBuilder WithUnrectifiedHazards(int count, DateOnly on)
    {
        for (var i = 0; i < count; i++)
        {
            WithUnrectifiedHazard(on);
        }

        return this;
    }

    public GradingFactsBuilder WithCommendation(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.Commendation(_nextId, on, status));

    public GradingFactsBuilder WithKeptCommitment(DateOnly on, CreditRecordStatus status = CreditRecordStatus.Active) =>
        WithRecord(CreditFact.CommitmentKept(_nextId, on, status));

    /// <summary>Kept commitments on consecutive days starting at <paramref name="from"/>, so each has its own last day.</summary>
    public GradingFactsBuilder WithKeptCommitments(int count, DateOnly from)
    {
        for (var i = 0; i < count; i++)
        {
            WithKeptCommitment(from.AddDays(i));
        }

        return this;
    }

    public GradingFactsBuilder WithStandardisation(StandardisationGrade grade)
    {
        _standardisation = grade;
        return this;
    }

    public GradingFactsBuilder WithInsuranceValidUntil(DateOnly lastCoveredDay)
    {
        _insuranceValidUntil = lastCoveredDay;
        return this;
    }

    public GradingFactsBuilder Blacklisted()
    {
        _blacklisted = true;
        return this;
    }

    public GradingFacts Build() => new()
    {
        Records = _records.ToList(),
        Standardisation = _standardisation,
        LiabilityInsuranceValidUntil = _insuranceValidUntil,
        IsBlacklisted = _blacklisted,
    };
}
