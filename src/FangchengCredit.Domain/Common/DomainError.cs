namespace FangchengCredit.Domain.Common;

/// <summary>
/// A rule violation described for people: a stable code (for localisation and tests) and a Chinese message.
/// </summary>
public sealed record DomainError(string Code, string Message)
{
    public override string ToString() => Message;
}
