namespace FangchengCredit.Domain.Enterprises;

/// <summary>The role a person holds in an enterprise; each person has a personal credit record of their own.</summary>
public enum PersonRole
{
    /// <summary>法定代表人 — exactly one at a time.</summary>
    LegalRepresentative = 0,

    /// <summary>主要负责人 — exactly one at a time (may be the legal representative).</summary>
    Principal = 1,

    /// <summary>实际控制人 — any number, possibly none.</summary>
    ActualController = 2,
}
