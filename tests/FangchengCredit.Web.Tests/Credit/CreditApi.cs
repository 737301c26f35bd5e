using System.Net;
using System.Text.Json;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Web.Tests.Infrastructure;
using static FangchengCredit.Web.Tests.Credit.CreditTestData;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>GET /api/v1/credit/{code}: 401 without a key, 400 for a malformed code, 404 for an unknown one, 200 with the grade and why.</summary>
public sealed class CreditApi(CreditPortalFactory factory) : IClassFixture<CreditPortalFactory>
{
    private HttpClient KeyClient()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", CreditPortalFactory.ApiKey);
        return client;
    }

    private static async Task<JsonElement> JsonAsync(HttpResponseMessage response)
    {
        using var doc = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return doc.RootElement.Clone();
    }

    [Fact]
    public async Task WithoutAKeyItIs401InJson()
    {
        var response = await factory.CreateClient().GetAsync(Url("/api/v1/credit/91350100M000100Y43"));

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("API 密钥", (await JsonAsync(response)).GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AWrongKeyIs401()
    {
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", "guessed");

        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync(Url("/api/v1/credit/91350100M000100Y43"))).StatusCode);
    }

    [Theory]
    [InlineData("12345", "统一社会信用代码应为18位，实际为 5 位")]
    [InlineData("91350100M000100Y44", "第18位校验码应为 3")]
    public async Task AMalformedCodeIs400WithAChineseProblem(string code, string detail)
    {
        var response = await KeyClient().GetAsync(Url("/api/v1/credit/" + code));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = await JsonAsync(response);
        Assert.Equal("统一社会信用代码格式不正确", problem.GetProperty("title").GetString());
        Assert.Equal(detail, problem.GetProperty("detail").GetString());
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
    }

    [Fact]
    public async Task AnUnknownCodeIs404()
    {
        var response = await KeyClient().GetAsync(Url("/api/v1/credit/" + NewCode().Value));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("未找到该企业", (await JsonAsync(response)).GetProperty("title").GetString());
    }

    [Fact]
    public async Task AKnownCodeReturnsTheGradeItsExplanationAndTheJointMeasures()
    {
        var id = await factory.NewEnterpriseAsync("方城县恒通矿业有限公司", StandardisationGrade.Level2);
        var code = await factory.CodeOfAsync(id);
        var penalty = await factory.RecordPenaltyAsync(id, Today.AddDays(-10));

        var response = await KeyClient().GetAsync(Url("/api/v1/credit/" + code.ToLowerInvariant()));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType!.MediaType);
        var json = await JsonAsync(response);
        Assert.Equal(
            ["code", "name", "score", "grade", "ruleVersion", "evaluatedAt", "nextChange", "explanation", "incentives", "punishments"],
            json.EnumerateObject().Select(p => p.Name));
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal("方城县恒通矿业有限公司", json.GetProperty("name").GetString());
        Assert.Equal(100, json.GetProperty("score").GetInt32()); // 100 − 5 + 6 = 101, clamped
        Assert.Equal("A", json.GetProperty("grade").GetString());
        Assert.Equal("2026.1", json.GetProperty("ruleVersion").GetString());
        Assert.Equal(Today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), json.GetProperty("evaluatedAt").GetString());
        Assert.Equal(JsonValueKind.Null, json.GetProperty("nextChange").ValueKind);

        var lines = json.GetProperty("explanation").EnumerateArray().ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal(["recordId", "category", "points", "rule", "countsUntil"], lines[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal(penalty, lines[0].GetProperty("recordId").GetInt64());
        Assert.Equal("一般程序行政处罚", lines[0].GetProperty("category").GetString());
        Assert.Equal(-5, lines[0].GetProperty("points").GetInt32());
        Assert.Equal("一般程序行政处罚 −5，计1年", lines[0].GetProperty("rule").GetString());
        Assert.Equal(Today.AddDays(-10).AddYears(1).AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            lines[0].GetProperty("countsUntil").GetString());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("recordId").ValueKind);
        Assert.Equal("安全生产标准化", lines[1].GetProperty("category").GetString());
        Assert.Equal(6, lines[1].GetProperty("points").GetInt32());
        Assert.Equal(JsonValueKind.Null, lines[1].GetProperty("countsUntil").ValueKind);

        var incentives = json.GetProperty("incentives").EnumerateArray().ToList();
        Assert.Equal(5, incentives.Count);
        Assert.Equal(["kind", "name", "reason"], incentives[0].EnumerateObject().Select(p => p.Name));
        Assert.Equal("绿色通道", incentives[0].GetProperty("name").GetString());
        Assert.Empty(json.GetProperty("punishments").EnumerateArray());
    }

    [Fact]
    public async Task AGradeDEnterpriseGetsPunishmentsAndANextChange()
    {
        var id = await factory.NewEnterpriseAsync();
        var accidentDate = Today.AddDays(-30);
        await factory.RecordAccidentAsync(id, accidentDate, concealed: true, liability: false);

        var json = await JsonAsync(await KeyClient().GetAsync(Url("/api/v1/credit/" + await factory.CodeOfAsync(id))));

        Assert.Equal("D", json.GetProperty("grade").GetString());
        Assert.Equal(accidentDate.AddYears(3).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            json.GetProperty("nextChange").GetProperty("date").GetString());
        Assert.Equal("A", json.GetProperty("nextChange").GetProperty("grade").GetString());
        Assert.Equal(["重点监管", "提高检查频次"], json.GetProperty("punishments").EnumerateArray().Select(p => p.GetProperty("name").GetString()));
        Assert.Empty(json.GetProperty("incentives").EnumerateArray());
    }

    [Fact]
    public async Task SignedInStaffMayUseItWithTheirCookie()
    {
        var id = await factory.NewEnterpriseAsync();
        var staff = await factory.SignedInAsync(PortalClient.Staff);

        Assert.Equal(HttpStatusCode.OK, (await staff.GetAsync(Url("/api/v1/credit/" + await factory.CodeOfAsync(id)))).StatusCode);
    }

    [Fact]
    public async Task EnterpriseUsersMayNot()
    {
        var id = await factory.NewEnterpriseAsync();
        var user = await factory.SignedInEnterpriseAsync(id);

        var response = await user.GetAsync(Url("/api/v1/credit/" + await factory.CodeOfAsync(id)));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }
}
