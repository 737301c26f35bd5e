namespace FangchengCredit.Domain.Common;

/// <summary>
/// Thrown when a caller asks an entity or value object for something its rules forbid
/// (an illegal transition, an impossible value). The message is Chinese because it may reach staff on screen.
/// </summary>
public sealed class DomainException : Exception
{
    public DomainException(string message) : base(message) { }

    public DomainException(string message, Exception innerException) : base(message, innerException) { }

    public DomainException() { }
}
