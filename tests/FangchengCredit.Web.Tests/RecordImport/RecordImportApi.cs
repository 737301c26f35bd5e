using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.RecordImport;

/// <summary>POST /api/v1/penalties/import and /api/v1/accidents/import: the enterprise import's contract, API key only.</summary>
public sealed class RecordImportApi(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private static readonly Uri Penalties = new("/api/v1/penalties/import", UriKind.Relative);
    private static readonly Uri Accidents = new("/api/v1/accidents/import", UriKind.Relative);

    private HttpClient Api(string? key = CreditPortalFactory.ApiKey)
    {
        var client = factory.CreateBrowserLikeClient();
        if (key is not null) client.DefaultRequestHeaders.Add("X-Api-Key", key);
        return client;
    }

    private static MultipartFormDataContent Form(byte[] file, string fileName)
    {
        var content = new ByteArrayContent(file);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        return new MultipartFormDataContent { { content, "file", fileName } };
    }

    [Theory]
    [InlineData(null)]
    [InlineData("wrong-key")]
    public async Task WithoutAValidKeyIs401(string? key)
    {
        var response = await Api(key).PostAsync(Penalties, Form([1], "a.csv"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task AStaffCookieIsNotEnoughToImport()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        var response = await staff.PostAsync(Accidents, Form([1], "a.csv"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task ABadPenaltyFileIs422WithEveryErrorAndNothingSaved()
    {
        var id = await factory.NewEnterpriseAsync("方城县利民轻工有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Penalties()
            .Add(RecordSheet.Penalty("方城县利民轻工有限公司", code))
            .Add(RecordSheet.Penalty("方城县利民轻工有限公司", code, r => r["处罚决定日期"] = "2026年3月1日"));

        var response = await Api().PostAsync(Penalties, Form(sheet.ToXlsx(), "处罚.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        var error = Assert.Single(JsonDocument.Parse(text).RootElement.GetProperty("errors").EnumerateArray());
        Assert.Equal(3, error.GetProperty("row").GetInt32());
        Assert.Equal("处罚决定日期", error.GetProperty("column").GetString());
        Assert.Equal("日期“2026年3月1日”格式不正确，应为 yyyy-MM-dd 或 yyyy/MM/dd", error.GetProperty("message").GetString());
        Assert.Equal(0, await factory.WithDbAsync(db => db.Penalties.CountAsync(p => p.EnterpriseId == id)));
    }

    [Fact]
    public async Task AGoodAccidentFileIs200WithTheCountAndTheNewGrades()
    {
        var id = await factory.NewEnterpriseAsync("方城县丰源化工有限公司");
        var code = await factory.CodeOfAsync(id);
        var sheet = RecordSheet.Accidents().Add(RecordSheet.Accident(code, r => r["死亡人数"] = "1"));

        var response = await Api().PostAsync(Accidents, Form(sheet.ToXlsx(), "事故.xlsx"));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(1, json.GetProperty("created").GetInt32());
        var regraded = Assert.Single(json.GetProperty("regraded").EnumerateArray());
        Assert.Equal(code, regraded.GetProperty("code").GetString());
        // A 一般 liability accident with a death: −20 and at most C.
        Assert.Equal("C", regraded.GetProperty("newGrade").GetString());
        Assert.Equal(80, regraded.GetProperty("newScore").GetInt32());
        var recordedBy = await factory.WithDbAsync(db => db.Accidents.Where(a => a.EnterpriseId == id).Select(a => a.Record.RecordedBy).SingleAsync());
        Assert.Equal("api:testpartner", recordedBy);
    }

    [Fact]
    public async Task MissingColumnsAre422OnTheHeaderRow()
    {
        var id = await factory.NewEnterpriseAsync("方城县同心纺织有限公司");
        var sheet = RecordSheet.Accidents(RecordSheet.AccidentColumns.Skip(1).ToList()).Add(RecordSheet.Accident(await factory.CodeOfAsync(id)));

        var response = await Api().PostAsync(Accidents, Form(sheet.ToXlsx(), "事故.xlsx"));

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var error = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.GetProperty("errors")[0];
        Assert.Equal((1, "统一社会信用代码"), (error.GetProperty("row").GetInt32(), error.GetProperty("column").GetString()));
    }
}
