using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>One line of an application's materials checklist: received at acceptance, or missing (owed under 容缺受理).</summary>
public sealed class ApplicationMaterial
{
    public const int NameMaxLength = 200;

    public long Id { get; private set; }

    public long ApplicationId { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public bool Received { get; private set; }

    private ApplicationMaterial() { }

    internal ApplicationMaterial(string name, bool received)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException("材料名称不能为空");
        if (trimmed.Length > NameMaxLength) throw new DomainException($"材料名称不能超过 {NameMaxLength} 个字符");
        Name = trimmed;
        Received = received;
    }

    internal void MarkReceived() => Received = true;
}
