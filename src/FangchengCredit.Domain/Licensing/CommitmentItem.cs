using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Licensing;

/// <summary>One material a 容缺受理 applicant owes (缺项材料), with its deadline.</summary>
public sealed class CommitmentItem
{
    public const int DescriptionMaxLength = 200;

    public long Id { get; private set; }

    public long CommitmentId { get; private set; }

    public string Description { get; private set; } = string.Empty;

    public DateOnly DueOn { get; private set; }

    /// <summary>The day staff verified the material as received.</summary>
    public DateOnly? ReceivedOn { get; private set; }

    public string? VerifiedBy { get; private set; }

    public bool IsReceived => ReceivedOn is not null;

    /// <summary>The file the enterprise uploaded for this item (original name), waiting for staff to verify it.</summary>
    public string? UploadFileName { get; private set; }

    public string? UploadStoredName { get; private set; }

    public string? UploadContentType { get; private set; }

    public long? UploadSizeBytes { get; private set; }

    public string? UploadSha256 { get; private set; }

    public DateOnly? UploadedOn { get; private set; }

    public bool HasUpload => UploadStoredName is not null;

    private CommitmentItem() { }

    internal CommitmentItem(string description, DateOnly dueOn)
    {
        var trimmed = description?.Trim() ?? string.Empty;
        if (trimmed.Length == 0) throw new DomainException("缺项材料名称不能为空");
        if (trimmed.Length > DescriptionMaxLength) throw new DomainException($"缺项材料名称不能超过 {DescriptionMaxLength} 个字符");
        Description = trimmed;
        DueOn = dueOn;
    }

    internal void AttachUpload(string fileName, string contentType, long sizeBytes, string storedName, string sha256, DateOnly on)
    {
        if (IsReceived) throw new DomainException($"“{Description}”已确认收到，无需再上传");
        var name = Path.GetFileName(fileName?.Trim() ?? string.Empty);
        if (name.Length == 0) throw new DomainException("文件名不能为空");
        UploadFileName = name.Length > DescriptionMaxLength ? name[^DescriptionMaxLength..] : name;
        UploadContentType = contentType;
        UploadSizeBytes = sizeBytes;
        UploadStoredName = storedName;
        UploadSha256 = sha256;
        UploadedOn = on;
    }

    internal void MarkReceived(DateOnly on, string verifiedBy)
    {
        if (IsReceived) throw new DomainException($"“{Description}”已确认收到");
        ReceivedOn = on;
        VerifiedBy = verifiedBy;
    }
}
