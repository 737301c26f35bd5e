using FangchengCredit.Domain.Accidents;

namespace FangchengCredit.Domain.Records;

/// <summary>The columns of an accident's details that grading reads: enough to build its fact without loading the whole accident.</summary>
public readonly record struct AccidentGradingDetails(AccidentGrade Grade, bool IsLiability, int Deaths, int SeriousInjuries, bool Concealed)
{
    public static AccidentGradingDetails Of(Accident accident)
    {
        ArgumentNullException.ThrowIfNull(accident);
        return new(accident.Grade, accident.IsLiability, accident.Deaths, accident.SeriousInjuries, accident.Concealed);
    }
}
