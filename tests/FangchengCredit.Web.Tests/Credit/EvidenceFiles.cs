using System.Net;
using System.Net.Http.Headers;
using System.Text;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Evidence: real PDF/JPG/PNG only, 10 MB at most, kept outside wwwroot, downloadable by staff and the enterprise concerned.</summary>
public sealed class EvidenceFiles(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private static readonly byte[] Pdf = Encoding.ASCII.GetBytes("%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n");

    private static async Task<HttpResponseMessage> UploadAsync(HttpClient client, long recordId, string fileName, byte[] content)
    {
        var token = await client.GetAntiforgeryTokenAsync($"/Records/{recordId}");
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        return await client.PostAsync(Url($"/Records/{recordId}/Evidence"), form);
    }

    private async Task<(long Enterprise, long Record)> PenaltyAsync()
    {
        var id = await factory.NewEnterpriseAsync();
        return (id, await factory.RecordPenaltyAsync(id, Today.AddDays(-3)));
    }

    private async Task<long> OnlyEvidenceOfAsync(long recordId) =>
        await factory.WithDbAsync(db => db.RecordEvidence.Where(e => e.CreditRecordId == recordId).Select(e => e.Id).SingleAsync());

    [Fact]
    public async Task APdfIsStoredOutsideTheWebRootAndComesBackUnchanged()
    {
        var (_, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var upload = await UploadAsync(staff, record, "行政处罚决定书.pdf", Pdf);

        Assert.Equal(HttpStatusCode.Redirect, upload.StatusCode);
        var evidence = await factory.WithDbAsync(db => db.RecordEvidence.SingleAsync(e => e.CreditRecordId == record));
        Assert.Equal("行政处罚决定书.pdf", evidence.FileName);
        Assert.True(File.Exists(Path.Combine(factory.EvidenceDirectory, evidence.StoredName)));
        Assert.DoesNotContain("wwwroot", factory.EvidenceDirectory, StringComparison.Ordinal);
        var download = await staff.GetAsync(Url($"/Records/Evidence/{evidence.Id}"));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("application/pdf", download.Content.Headers.ContentType!.MediaType);
        Assert.Equal(Pdf, await download.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task AProgramRenamedToPdfIsRefused()
    {
        var (_, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        await UploadAsync(staff, record, "决定书.pdf", Encoding.ASCII.GetBytes("MZ\u0090\0\u0003\0\0\0 this program cannot be run"));

        var page = await staff.GetStringAsync(Url($"/Records/{record}"));
        Assert.Contains("文件内容不是有效的 PDF、JPG 或 PNG 文件。", page, StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.RecordEvidence.AnyAsync(e => e.CreditRecordId == record)));
    }

    [Fact]
    public async Task OtherExtensionsAreRefused()
    {
        var (_, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        await UploadAsync(staff, record, "说明.html", Pdf);

        Assert.Contains("只能上传 PDF、JPG 或 PNG 文件。", await staff.GetStringAsync(Url($"/Records/{record}")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task FilesOverTenMegabytesAreRefused()
    {
        var (_, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var big = new byte[10 * 1024 * 1024 + 1];
        Pdf.CopyTo(big, 0);

        await UploadAsync(staff, record, "扫描件.pdf", big);

        Assert.Contains("文件不能超过 10 MB。", await staff.GetStringAsync(Url($"/Records/{record}")), StringComparison.Ordinal);
        Assert.False(await factory.WithDbAsync(db => db.RecordEvidence.AnyAsync(e => e.CreditRecordId == record)));
    }

    [Fact]
    public async Task APngOfExactlyTenMegabytesIsAccepted()
    {
        var (_, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var png = new byte[10 * 1024 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);

        await UploadAsync(staff, record, "现场照片.png", png);

        Assert.True(await factory.WithDbAsync(db => db.RecordEvidence.AnyAsync(e => e.CreditRecordId == record && e.SizeBytes == png.Length)));
    }

    [Fact]
    public async Task TheEnterpriseConcernedDownloadsItAndNoOtherEnterpriseCan()
    {
        var (enterprise, record) = await PenaltyAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        await UploadAsync(staff, record, "决定书.pdf", Pdf);
        var evidence = await OnlyEvidenceOfAsync(record);

        var own = await factory.SignedInEnterpriseAsync(enterprise);
        var other = await factory.SignedInEnterpriseAsync(await factory.NewEnterpriseAsync());

        Assert.Equal(HttpStatusCode.OK, (await own.GetAsync(Url($"/Records/Evidence/{evidence}"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await other.GetAsync(Url($"/Records/Evidence/{evidence}"))).StatusCode);
        var anonymous = factory.CreateBrowserLikeClient();
        Assert.Equal(HttpStatusCode.Redirect, (await anonymous.GetAsync(Url($"/Records/Evidence/{evidence}"))).StatusCode);
    }

    [Fact]
    public async Task EnterpriseUsersCannotUpload()
    {
        var (enterprise, record) = await PenaltyAsync();
        var own = await factory.SignedInEnterpriseAsync(enterprise);
        var token = await own.GetAntiforgeryTokenAsync("/My/Credit");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(Pdf), "file", "a.pdf" },
        };

        var response = await own.PostAsync(Url($"/Records/{record}/Evidence"), form);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
