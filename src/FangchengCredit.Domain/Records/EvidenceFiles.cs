using FangchengCredit.Domain.Common;

namespace FangchengCredit.Domain.Records;

/// <summary>
/// What an evidence file must be: a PDF, JPEG or PNG of at most 10 MB whose first bytes agree with its extension.
/// The extension alone proves nothing (a renamed .exe is still an .exe), so the content is checked.
/// </summary>
public static class EvidenceFiles
{
    public const long MaxBytes = 10 * 1024 * 1024;

    /// <summary>How many leading bytes <see cref="Check"/> needs.</summary>
    public const int SignatureLength = 8;

    private static readonly byte[] PdfSignature = "%PDF-"u8.ToArray();
    private static readonly byte[] JpegSignature = [0xFF, 0xD8, 0xFF];
    private static readonly byte[] PngSignature = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];

    public static string ContentType(this EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => "application/pdf",
        EvidenceFileType.Jpeg => "image/jpeg",
        EvidenceFileType.Png => "image/png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "未知的文件类型。"),
    };

    public static string Extension(this EvidenceFileType type) => type switch
    {
        EvidenceFileType.Pdf => ".pdf",
        EvidenceFileType.Jpeg => ".jpg",
        EvidenceFileType.Png => ".png",
        _ => throw new ArgumentOutOfRangeException(nameof(type), type, "未知的文件类型。"),
    };

    /// <summary>The type the file claims by its extension, or null for any other extension.</summary>
    public static EvidenceFileType? TypeFromName(string? fileName) =>
        Path.GetExtension(fileName ?? string.Empty).ToUpperInvariant() switch
        {
            ".PDF" => EvidenceFileType.Pdf,
            ".JPG" or ".JPEG" => EvidenceFileType.Jpeg,
            ".PNG" => EvidenceFileType.Png,
            _ => null,
        };

    /// <summary>The type the content shows by its first bytes, or null when it is none of the three.</summary>
    public static EvidenceFileType? TypeFromContent(ReadOnlySpan<byte> head) =>
        head.StartsWith(PdfSignature) ? EvidenceFileType.Pdf
        : head.StartsWith(PngSignature) ? EvidenceFileType.Png
        : head.StartsWith(JpegSignature) ? EvidenceFileType.Jpeg
        : null;

    /// <summary>The checks that need no content, made before an upload is read: size and extension.</summary>
    public static EvidenceFileType CheckNameAndSize(string? fileName, long length)
    {
        if (length <= 0) throw new DomainException("文件为空。");
        if (length > MaxBytes) throw new DomainException("文件不能超过 10 MB。");
        return TypeFromName(fileName) ?? throw new DomainException("只能上传 PDF、JPG 或 PNG 文件。");
    }

    /// <summary>Accepts the file and returns its type, or throws with the reason in Chinese.</summary>
    public static EvidenceFileType Check(string? fileName, long length, ReadOnlySpan<byte> head)
    {
        var claimed = CheckNameAndSize(fileName, length);
        var actual = TypeFromContent(head) ?? throw new DomainException("文件内容不是有效的 PDF、JPG 或 PNG 文件。");
        if (claimed != actual) throw new DomainException("文件扩展名与文件内容不符。");
        return actual;
    }
}
