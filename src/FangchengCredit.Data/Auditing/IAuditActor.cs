namespace FangchengCredit.Data.Auditing;

/// <summary>Who is making the change now; the web layer reads it from the signed-in user.</summary>
public interface IAuditActor
{
    string? UserId { get; }

    string? UserName { get; }
}

/// <summary>Used where no person acts: start-up seeding, background jobs, design-time tools.</summary>
public sealed class SystemAuditActor : IAuditActor
{
    public static readonly SystemAuditActor Instance = new();

    public string? UserId => null;

    public string? UserName => "system";
}
