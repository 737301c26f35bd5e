using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Reference;

/// <summary>A township-level unit (乡镇/街道) of 方城县, keyed by its statistical code 411322xxx; reference data an administrator can edit.</summary>
public sealed class TownshipUnit
{
    public const int NameMaxLength = 32;

    public string Code { get; private set; } = string.Empty;

    public string Name { get; private set; } = string.Empty;

    public int SortOrder { get; private set; }

    public bool IsActive { get; private set; } = true;

    private TownshipUnit() { }

    public TownshipUnit(string code, string name, int sortOrder)
    {
        var trimmed = code?.Trim() ?? string.Empty;
        if (trimmed.Length != 9 || !trimmed.All(char.IsAsciiDigit)) throw new DomainException("乡镇街道代码应为 9 位数字");
        Code = trimmed;
        Rename(name);
        SortOrder = sortOrder;
    }

    public void Rename(string name)
    {
        var trimmed = name?.Trim() ?? string.Empty;
        if (trimmed.Length is 0 or > NameMaxLength) throw new DomainException($"乡镇街道名称应为 1–{NameMaxLength} 个字符");
        Name = trimmed;
    }

    public void Reorder(int sortOrder) => SortOrder = sortOrder;

    public void Deactivate() => IsActive = false;

    public void Activate() => IsActive = true;
}
