using System.Text;
using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Records;
using static FangchengCredit.Domain.Tests.Records.RecordBuilders;

namespace FangchengCredit.Domain.Tests.Records;

/// <summary>Evidence must be a real PDF, JPEG or PNG of at most 10 MB: the content is checked, not only the name.</summary>
public class EvidenceFileChecks
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.7\n");
    private static readonly byte[] Png = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A];
    private static readonly byte[] Jpeg = [0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10, 0x4A, 0x46];
    private static readonly byte[] Exe = Encoding.ASCII.GetBytes("MZ\x90\0\x03\0\0\0");

    [Theory]
    [InlineData("决定书.pdf", EvidenceFileType.Pdf)]
    [InlineData("现场.PNG", EvidenceFileType.Png)]
    [InlineData("现场.jpeg", EvidenceFileType.Jpeg)]
    [InlineData("现场.jpg", EvidenceFileType.Jpeg)]
    public void AcceptsTheThreeTypesWhenNameAndContentAgree(string name, EvidenceFileType type)
    {
        var head = type switch { EvidenceFileType.Pdf => Pdf, EvidenceFileType.Png => Png, _ => Jpeg };

        Assert.Equal(type, EvidenceFiles.Check(name, 1000, head));
    }

    [Fact]
    public void RefusesAProgramRenamedToPdf()
    {
        var error = Assert.Throws<DomainException>(() => EvidenceFiles.Check("决定书.pdf", 1000, Exe));

        Assert.Equal("文件内容不是有效的 PDF、JPG 或 PNG 文件。", error.Message);
    }

    [Fact]
    public void RefusesAPngNamedPdf()
    {
        Assert.Equal("文件扩展名与文件内容不符。", Assert.Throws<DomainException>(() => EvidenceFiles.Check("a.pdf", 1000, Png)).Message);
    }

    [Fact]
    public void RefusesOtherExtensionsEvenWithPdfContent()
    {
        Assert.Equal("只能上传 PDF、JPG 或 PNG 文件。", Assert.Throws<DomainException>(() => EvidenceFiles.Check("a.docx", 1000, Pdf)).Message);
    }

    [Fact]
    public void RefusesFilesOverTenMegabytesAndEmptyFiles()
    {
        Assert.Equal(EvidenceFileType.Pdf, EvidenceFiles.Check("a.pdf", EvidenceFiles.MaxBytes, Pdf));
        Assert.Equal("文件不能超过 10 MB。", Assert.Throws<DomainException>(() => EvidenceFiles.Check("a.pdf", EvidenceFiles.MaxBytes + 1, Pdf)).Message);
        Assert.Equal("文件为空。", Assert.Throws<DomainException>(() => EvidenceFiles.Check("a.pdf", 0, Pdf)).Message);
    }

    [Fact]
    public void KeepsOnlyTheBaseNameOfTheUpload()
    {
        var record = DecidedPenalty(Penalty()).Record;

        var evidence = RecordEvidence.Attach(record, @"C:\Users\li\桌面\决定书.pdf", EvidenceFileType.Pdf, 1000, "abc.pdf", new string('a', 64), "李明", Now);

        Assert.Equal("决定书.pdf", evidence.FileName);
    }

    [Fact]
    public void RefusesAStoredNameThatCouldLeaveTheFolder()
    {
        var record = DecidedPenalty(Penalty()).Record;

        Assert.Throws<DomainException>(() => RecordEvidence.Attach(record, "a.pdf", EvidenceFileType.Pdf, 1000, "../a.pdf", new string('a', 64), "李明", Now));
    }

    [Fact]
    public void CannotBeAttachedToAVoidedRecord()
    {
        var record = DecidedPenalty(Penalty()).Record;
        record.Void("错误", "王股长", Now);

        Assert.Throws<DomainException>(() => RecordEvidence.Attach(record, "a.pdf", EvidenceFileType.Pdf, 1000, "abc.pdf", new string('a', 64), "李明", Now));
    }
}
