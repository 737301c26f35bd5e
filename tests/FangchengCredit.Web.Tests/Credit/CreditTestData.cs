using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Accidents;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Records;
using FangchengCredit.Web.Features.Credit;
using FangchengCredit.Web.Features.Records;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FangchengCredit.Web.Tests.Credit;

/// <summary>Enterprises, people, accounts and records made for one test, straight through the services.</summary>
public static class CreditTestData
{
    public const string EnterprisePassword = "Qiye2026pass";

    private static int _next = Random.Shared.Next(1_000_000, 9_000_000);

    public static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    public static async Task<T> WithDbAsync<T, TProgram>(this WebApplicationFactory<TProgram> factory, Func<AppDbContext, Task<T>> work)
        where TProgram : class
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<AppDbContext>());
    }

    public static async Task<T> WithServiceAsync<T, TService>(this PortalFactory factory, Func<TService, Task<T>> work) where TService : notnull
    {
        using var scope = factory.Services.CreateScope();
        return await work(scope.ServiceProvider.GetRequiredService<TService>());
    }

    public static UnifiedSocialCreditCode NewCode() =>
        UnifiedSocialCreditCode.Create('9', '1', "411322", Interlocked.Increment(ref _next).ToString("D8", System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>Registers an enterprise (with a legal representative) and returns its id.</summary>
    public static async Task<long> NewEnterpriseAsync(
        this PortalFactory factory, string name = "方城县测试机械有限公司", StandardisationGrade standardisation = StandardisationGrade.None)
    {
        using var scope = factory.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var industry = await db.Industries.OrderBy(i => i.SortOrder).Select(i => i.Id).FirstAsync();
        var enterprise = Enterprise.Register(NewCode(), new EnterpriseDetails
        {
            Name = name, IndustryId = industry, TownshipCode = "411322101", Standardisation = standardisation,
        }, new DateOnly(2024, 1, 2));
        var idBody = Interlocked.Increment(ref _next) % 1000;
        enterprise.Appoint(Person.Create("张建国", ResidentIdNumber.Parse(ValidIdNumber(idBody))), PersonRole.LegalRepresentative, new DateOnly(2024, 1, 2));
        db.Enterprises.Add(enterprise);
        await db.SaveChangesAsync();
        return enterprise.Id;
    }

    /// <summary>A valid 居民身份证号 in 方城县 (411322), born 1980-01-01, with sequence <paramref name="sequence"/>.</summary>
    public static string ValidIdNumber(int sequence)
    {
        var first17 = "41132219800101" + sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = first17.Select((c, i) => (c - '0') * weights[i]).Sum();
        return first17 + "10X98765432"[sum % 11];
    }

    public static async Task<string> CodeOfAsync(this PortalFactory factory, long enterpriseId) =>
        await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => e.Code).SingleAsync());

    public static async Task<long> LegalRepresentativeOfAsync(this PortalFactory factory, long enterpriseId) =>
        await factory.WithDbAsync(db => db.EnterprisePeople.Where(p => p.EnterpriseId == enterpriseId && p.Role == PersonRole.LegalRepresentative)
            .Select(p => p.PersonId).SingleAsync());

    /// <summary>Creates an Enterprise-role account bound to <paramref name="enterpriseId"/> and signs it in.</summary>
    public static async Task<HttpClient> SignedInEnterpriseAsync(this PortalFactory factory, long enterpriseId)
    {
        var email = $"qiye{enterpriseId}-{Guid.NewGuid():N}"[..24] + "@example.cn";
        using (var scope = factory.Services.CreateScope())
        {
            var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
            var user = new AppUser
            {
                UserName = email, Email = email, EmailConfirmed = true, DisplayName = "企业联络员", EnterpriseId = enterpriseId, CreatedAtUtc = DateTime.UtcNow,
            };
            var created = await users.CreateAsync(user, EnterprisePassword);
            Assert.True(created.Succeeded, string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Enterprise);
        }
        return await factory.SignedInAsync(email, EnterprisePassword);
    }

    public static Task<long> RecordAccidentAsync(
        this PortalFactory factory, long enterpriseId, DateOnly on, int deaths = 0, int injuries = 0, long loss = 20_000,
        bool liability = true, bool concealed = false, long? personId = null) =>
        factory.WithServiceAsync<long, RecordService>(s => s.RecordAccidentAsync(enterpriseId, personId, new AccidentDetails
        {
            OccurredOn = on, Place = "二号车间", Deaths = deaths, SeriousInjuries = injuries, DirectLossYuan = loss,
            Description = "测试事故经过。", IsLiability = liability, Concealed = concealed,
        }, "测试员"));

    public static async Task<long> RecordPenaltyAsync(
        this PortalFactory factory, long enterpriseId, DateOnly on, PenaltyProcedure procedure = PenaltyProcedure.General, string category = "罚款",
        decimal fine = 1m, long? personId = null)
    {
        var subject = await factory.WithDbAsync(db => db.Enterprises.Where(e => e.Id == enterpriseId).Select(e => new { e.Name, e.Code }).SingleAsync());
        return await factory.WithServiceAsync<long, RecordService>(s => s.RecordPenaltyAsync(enterpriseId, personId, new PenaltyDetails
        {
            SubjectName = subject.Name, SubjectCode = subject.Code, DocumentNumber = $"方应急罚〔{on.Year}〕{Guid.NewGuid():N}"[..24],
            ViolationType = "未按规定开展安全培训", ViolationFacts = "未对新员工开展岗前安全培训。", LegalBasis = "《安全生产法》第九十七条",
            PenaltyCategory = category, PenaltyContent = "罚款", FineWanYuan = fine, DecisionDate = on,
            Authority = "方城县应急管理局", DataSource = "方城县应急管理局", Procedure = procedure,
        }, "测试员"));
    }

    public static Task<long> RecordCommendationAsync(this PortalFactory factory, long enterpriseId, DateOnly on) =>
        factory.WithServiceAsync<long, RecordService>(s => s.RecordCommendationAsync(enterpriseId, null, on, "年度安全生产先进单位", null, "测试员"));

    public static async Task<CurrentCreditGrade> CurrentGradeAsync(this PortalFactory factory, long enterpriseId) =>
        await factory.WithDbAsync(db => db.CurrentCreditGrades.AsNoTracking().SingleAsync(g => g.EnterpriseId == enterpriseId));

    public static async Task<CreditRecordStatus> StatusOfAsync(this PortalFactory factory, long recordId) =>
        await factory.WithDbAsync(db => db.CreditRecords.Where(r => r.Id == recordId).Select(r => r.Status).SingleAsync());

    public static Uri Url(string path) => new(path, UriKind.Relative);
}
