using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Reference;

/// <summary>A supervised industry (行业), reference data an administrator can edit.</summary>
public sealed class Industry
{
    public const int NameMaxLength = 32;

    public int Id { get; private set; }

    public string Name { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    private Industry() { }

    public Industry(string name, int sortOrder)
    {
        Rename(name);
        SortOrder = sortOrder;
    }

    public void Rename(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > NameMaxLength) throw new DomainException($"行业名称应为 1–{NameMaxLength} 个字符");
        Name = trimmed;
    }

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
