using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// 证据材料: one file attached to a credit record (the decision letter, the investigation report, a photograph).
/// The file lives outside the web root under a random name; this row says what it is and who gave it.
/// </summary>
public sealed class RecordEvidence
{
    public const int FileNameMaxLength = 200;
    public const int StoredNameMaxLength = 64;

    public long Id { get; private set; }

    public long CreditRecordId { get; private set; }

    /// <summary>The name the uploader's file had, for the download; never used as a path.</summary>
    public string FileName { get; private set; } = string.Empty;

    public EvidenceFileType FileType { get; private set; }

    public long SizeBytes { get; private set; }

    /// <summary>The random file name in the evidence folder.</summary>
    public string StoredName { get; private set; } = string.Empty;

    /// <summary>SHA-256 of the content (hex), so a swapped file can be recognised.</summary>
    public string Sha256 { get; private set; } = string.Empty;

    public string UploadedBy { get; private set; } = string.Empty;

    public DateTime UploadedAtUtc { get; private set; }

    private RecordEvidence() { }

    public static RecordEvidence Attach(
        CreditRecord record, string fileName, EvidenceFileType type, long sizeBytes, string storedName, string sha256,
        string uploadedBy, DateTime uploadedAtUtc)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (record.Status == CreditRecordStatus.Voided) throw new DomainException("已作废的记录不能再上传证据材料。");
        if (sizeBytes is <= 0 or > EvidenceFiles.MaxBytes) throw new DomainException("文件不能超过 10 MB。");
        if (!Enum.IsDefined(type)) throw new DomainException("只能上传 PDF、JPG 或 PNG 文件。");
        if (string.IsNullOrWhiteSpace(storedName) || storedName.Length > StoredNameMaxLength
            || storedName.IndexOfAny(['/', '\\']) >= 0 || storedName.Contains("..", StringComparison.Ordinal))
            throw new DomainException("存储文件名无效。");
        if (sha256 is not { Length: 64 }) throw new DomainException("文件摘要无效。");

        return new RecordEvidence
        {
            CreditRecordId = record.Id,
            FileName = SafeName(fileName, type),
            FileType = type,
            SizeBytes = sizeBytes,
            StoredName = storedName,
            Sha256 = sha256.ToLowerInvariant(),
            UploadedBy = CreditRecord.Required(uploadedBy, CreditRecord.ActorMaxLength, "上传人"),
            UploadedAtUtc = uploadedAtUtc,
        };
    }

    /// <summary>The base name only (browsers may send a path), without control characters, kept short.</summary>
    private static string SafeName(string? fileName, EvidenceFileType type)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not '"' and not '/' and not '\\').ToArray()).Trim();
        if (name.Length == 0) name = "证据材料" + type.Extension();
        if (name.Length > FileNameMaxLength)
        {
            var extension = Path.GetExtension(name);
            name = name[..(FileNameMaxLength - extension.Length)] + extension;
        }
        return name;
    }
}
