using System.Net;
using System.Text.Json;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Import;

namespace FangchengCredit.Web.Tests.Api;

public sealed class PartnerApiLookup(PartnerApiFactory factory) : IClassFixture<PartnerApiFactory>
{
    private async Task<string> ImportOneAsync(Dictionary<string, string> row)
    {
        var response = await factory.ApiClient().PostAsync(new Uri("/api/v1/enterprises/import", UriKind.Relative),
            PartnerApiFactory.FileForm(new ImportSheet().Add(row).ToXlsx(), "a.xlsx"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return row["统一社会信用代码"];
    }

    [Fact]
    public async Task AnEnterpriseComesWithReferenceNamesAndMaskedIdNumbers()
    {
        var legal = ImportSheet.NewIdNumber();
        var code = await ImportOneAsync(ImportSheet.ValidRow(with: r =>
        {
            r["法定代表人"] = "张三";
            r["法定代表人身份证号"] = legal;
            r["主要负责人"] = "张三";
            r["主要负责人身份证号"] = legal;
            r["行业"] = "烟花爆竹";
            r["乡镇街道"] = "博望镇";
            r["重大危险源"] = "是";
        }));

        var response = await factory.ApiClient().GetAsync(new Uri("/api/v1/enterprises/" + code.ToLowerInvariant(), UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain(legal, text, StringComparison.Ordinal);
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        var json = JsonDocument.Parse(text).RootElement;
        Assert.Equal(code, json.GetProperty("code").GetString());
        Assert.Equal("烟花爆竹", json.GetProperty("industry").GetString());
        Assert.Equal("博望镇", json.GetProperty("township").GetString());
        Assert.Equal("411322102", json.GetProperty("townshipCode").GetString());
        Assert.Equal("较大", json.GetProperty("riskLevel").GetString());
        Assert.Equal("三级", json.GetProperty("standardisation").GetString());
        Assert.Equal("在营", json.GetProperty("status").GetString());
        Assert.True(json.GetProperty("majorHazardSource").GetBoolean());
        Assert.Equal("2027-06-30", json.GetProperty("liabilityInsuranceValidUntil").GetString());
        var persons = json.GetProperty("persons").EnumerateArray().ToList();
        Assert.Equal(["法定代表人", "主要负责人"], persons.Select(p => p.GetProperty("role").GetString()));
        Assert.All(persons, p => Assert.Equal(ResidentIdNumber.Mask(legal), p.GetProperty("idNumber").GetString()));
        Assert.All(persons, p => Assert.Equal("张三", p.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task AnUnknownCodeIs404()
    {
        var response = await factory.ApiClient().GetAsync(new Uri("/api/v1/enterprises/" + ImportSheet.NewCode(), UriKind.Relative));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
    }

    [Theory]
    [InlineData("91350100M000100Y44", "第18位校验码应为 3")]
    [InlineData("91350100M000100Y4", "统一社会信用代码应为18位，实际为 17 位")]
    [InlineData("91350100M0001O0Y43", "第14位字符“O”不合法")]
    public async Task AMalformedCodeIs400WithTheReasonInChinese(string code, string reason)
    {
        var response = await factory.ApiClient().GetAsync(new Uri("/api/v1/enterprises/" + Uri.EscapeDataString(code), UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var text = await response.Content.ReadAsStringAsync();
        Assert.DoesNotContain("\\u", text, StringComparison.Ordinal);
        var problem = JsonDocument.Parse(text).RootElement;
        Assert.Equal(400, problem.GetProperty("status").GetInt32());
        Assert.Equal("统一社会信用代码格式不正确", problem.GetProperty("title").GetString());
        Assert.StartsWith(reason, problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }
}
