namespace FangchengCredit.Domain.Reference;

/// <summary>乡镇（街道）: a township-level unit with its 9-digit statistical division code.</summary>
public sealed record Township(string Code, string Name);
