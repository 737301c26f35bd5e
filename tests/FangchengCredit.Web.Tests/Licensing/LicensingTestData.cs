using FangchengCredit.Domain.Licensing;
using FangchengCredit.Web.Features.Licensing;
using FangchengCredit.Web.Tests.Credit;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Licensing;

/// <summary>Applicants and applications made for one licensing test, straight through the services.</summary>
public static class LicensingTestData
{
    /// <summary>An enterprise with four general penalties this year: 100 − 4 × 5 = 80, grade B.</summary>
    public static async Task<long> NewGradeBEnterpriseAsync(this PortalFactory factory, string name = "方城县乙级化工经营部")
    {
        var id = await factory.NewEnterpriseAsync(name);
        for (var i = 0; i < 4; i++) await factory.RecordPenaltyAsync(id, CreditTestData.Today.AddDays(-10 - i));
        return id;
    }

    public static Task<int> FirstLicenceTypeAsync(this PortalFactory factory) =>
        factory.WithDbAsync(db => db.LicenceTypes.OrderBy(t => t.Id).Select(t => t.Id).FirstAsync());

    /// <summary>Accepts a 容缺 application with one owed item due on <paramref name="dueOn"/>.</summary>
    public static async Task<long> AcceptDeficiencyAsync(
        this PortalFactory factory, long enterpriseId, DateOnly acceptedOn, DateOnly dueOn, string item = "安全生产管理人员资格证书")
    {
        var type = await factory.FirstLicenceTypeAsync();
        return await factory.WithServiceAsync<long, LicensingService>(async s => (await s.AcceptAsync(new NewApplication(
            enterpriseId, type, acceptedOn, CommitmentMode.AcceptWithDeficiencies, acceptedOn, ["营业执照", "经营场所证明"], [(item, dueOn)]))).Id);
    }

    public static async Task<long> AcceptAsync(this PortalFactory factory, long enterpriseId, DateOnly acceptedOn, CommitmentMode mode = CommitmentMode.None)
    {
        var type = await factory.FirstLicenceTypeAsync();
        return await factory.WithServiceAsync<long, LicensingService>(async s => (await s.AcceptAsync(new NewApplication(
            enterpriseId, type, acceptedOn, mode, acceptedOn, ["营业执照"], []))).Id);
    }

    public static Task<LicenceApplication> ApplicationAsync(this PortalFactory factory, long id) =>
        factory.WithDbAsync(db => db.LicenceApplications.AsNoTracking().Include(a => a.Commitment).ThenInclude(c => c!.Items)
            .Include(a => a.Materials).SingleAsync(a => a.Id == id));
}
