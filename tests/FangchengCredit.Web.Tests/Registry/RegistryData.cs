using System.Globalization;
using FangchengCredit.Data;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Builders for registry tests: fresh valid codes and ID numbers, enterprises stored directly, and form fields.</summary>
internal static class RegistryData
{
    /// <summary>The demo enterprise account of the README (Development only).</summary>
    public const string EnterpriseUser = "enterprise@fangcheng.local";

    private static int _codes;
    private static int _people;

    /// <summary>A valid 统一社会信用代码 no other test (nor the demo data, whose bodies start "MA4") uses.</summary>
    public static string NewCode(char type = '1')
    {
        var n = Interlocked.Increment(ref _codes);
        var body = new char[8];
        body[0] = 'T';
        for (var i = 7; i >= 1; i--)
        {
            body[i] = UnifiedSocialCreditCode.Charset[n % UnifiedSocialCreditCode.Charset.Length];
            n /= UnifiedSocialCreditCode.Charset.Length;
        }
        return UnifiedSocialCreditCode.Create('9', type, "411322", new string(body)).Value;
    }

    /// <summary>A valid 居民身份证号 of a person born in 方城县 that no other test uses.</summary>
    public static string NewIdNumber()
    {
        var n = Interlocked.Increment(ref _people);
        var birth = new DateOnly(1990, 1, 1).AddDays(n).ToString("yyyyMMdd", CultureInfo.InvariantCulture);
        var first17 = "411322" + birth + "101";
        return first17 + ResidentIdNumber.ComputeCheckCharacter(first17);
    }

    /// <summary>The same number with a wrong check character, and the character the domain will ask for.</summary>
    public static (string Wrong, char Expected) WithWrongCheck(string code)
    {
        var expected = code[^1];
        var wrong = UnifiedSocialCreditCode.Charset[(UnifiedSocialCreditCode.Charset.IndexOf(expected, StringComparison.Ordinal) + 1) % UnifiedSocialCreditCode.Charset.Length];
        return (code[..^1] + wrong, expected);
    }

    public static async Task<T> WithDbAsync<T>(this PortalFactory factory, Func<AppDbContext, Task<T>> work)
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static Task<int> IndustryIdAsync(this PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Industries.Where(i => i.Name == name).Select(i => i.Id).SingleAsync());

    public static Task<string> TownshipCodeAsync(this PortalFactory factory, string name) =>
        factory.WithDbAsync(db => db.Townships.Where(t => t.Name == name).Select(t => t.Code).SingleAsync());

    /// <summary>Stores an enterprise with a legal representative (also principal) straight through the DbContext.</summary>
    public static async Task<Stored> StoreAsync(
        this PortalFactory factory, string name, string industry = "机械", string township = "独树镇", RiskLevel risk = RiskLevel.Low,
        OperatingStatus status = OperatingStatus.Operating, DateOnly? registeredOn = null, string? legalName = null, string? legalId = null,
        string? code = null)
    {
        var industryId = await factory.IndustryIdAsync(industry);
        var townshipCode = await factory.TownshipCodeAsync(township);
        return await factory.WithDbAsync(async db =>
        {
            var idNumber = legalId ?? NewIdNumber();
            var person = await db.People.FirstOrDefaultAsync(p => p.IdNumber == idNumber)
                         ?? Person.Create(legalName ?? "测试法人", ResidentIdNumber.Parse(idNumber));
            var day = registeredOn ?? new DateOnly(2026, 1, 5);
            var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(code ?? NewCode()), new EnterpriseDetails
            {
                Name = name, IndustryId = industryId, TownshipCode = townshipCode, RiskLevel = risk,
                ContactPhone = "0377-67123456", Standardisation = StandardisationGrade.None,
            }, day);
            enterprise.Appoint(person, PersonRole.LegalRepresentative, day);
            enterprise.Appoint(person, PersonRole.Principal, day);
            if (status != OperatingStatus.Operating) enterprise.ChangeStatus(status);
            db.Enterprises.Add(enterprise);
            await db.SaveChangesAsync();
            return new Stored(enterprise.Id, enterprise.Code, person.Id, person.IdNumber);
        });
    }

    public sealed record Stored(long Id, string Code, long PersonId, string IdNumber);

    /// <summary>The create form, filled validly; change what the test is about.</summary>
    public static async Task<Dictionary<string, string>> CreateFieldsAsync(this PortalFactory factory, string code, string name, string legalName, string legalId)
    {
        var industryId = await factory.IndustryIdAsync("危险化学品");
        return new Dictionary<string, string>
        {
            ["Code"] = code,
            ["Name"] = name,
            ["SubjectType"] = nameof(SubjectType.Enterprise),
            ["IndustryId"] = industryId.ToString(CultureInfo.InvariantCulture),
            ["TownshipCode"] = "411322101",
            ["Address"] = "独树镇测试路1号",
            ["ContactPhone"] = "0377-67123456",
            ["RiskLevel"] = nameof(RiskLevel.General),
            ["Standardisation"] = nameof(StandardisationGrade.Level3),
            ["LiabilityInsuranceValidUntil"] = "2027-06-30",
            ["LegalRepresentative.Name"] = legalName,
            ["LegalRepresentative.IdNumber"] = legalId,
            ["PrincipalSameAsLegalRepresentative"] = "true",
        };
    }

    /// <summary>The id in the Location of a redirect to /Enterprises/{id}.</summary>
    public static long EnterpriseIdFrom(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? throw new InvalidOperationException("No redirect: " + (int)response.StatusCode);
        return long.Parse(location.Split('/', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
    }

    /// <summary>The edit form of a stored enterprise as a browser would post it back (kept people by id, no ID numbers).</summary>
    public static async Task<Dictionary<string, string>> EditFieldsAsync(this HttpClient client, long id)
    {
        var page = await client.GetDocumentAsync($"/Enterprises/{id}/Edit");
        var form = page.QuerySelector("form[action$='/Edit']")!;
        var fields = new Dictionary<string, string>();
        foreach (var input in form.QuerySelectorAll("input[name], select[name]"))
        {
            var name = input.GetAttribute("name")!;
            if (name == "__RequestVerificationToken" || input.Closest("template") is not null) continue;
            var type = input.GetAttribute("type");
            if (type == "checkbox")
            {
                if (input.HasAttribute("checked")) fields[name] = input.GetAttribute("value") ?? "true";
                continue;
            }
            fields[name] = input.LocalName == "select"
                ? input.QuerySelector("option[selected]")?.GetAttribute("value") ?? input.QuerySelector("option")?.GetAttribute("value") ?? string.Empty
                : input.GetAttribute("value") ?? string.Empty;
        }
        return fields;
    }
}
