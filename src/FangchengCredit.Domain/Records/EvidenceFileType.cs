namespace FangchengCredit.Domain.Records;

/// <summary>The only kinds of evidence file the portal accepts.</summary>
public enum EvidenceFileType
{
    Pdf = 0,
    Jpeg = 1,
    Png = 2,
}
