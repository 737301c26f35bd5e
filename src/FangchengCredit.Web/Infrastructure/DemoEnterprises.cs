using FangchengCredit.Data;
using FangchengCredit.Data.Identity;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Grading;
using FangchengCredit.Domain.Identifiers;
using FangchengCredit.Domain.Reference;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Infrastructure;

/// <summary>
/// Development-only demo registry: about thirty 方城县 enterprises across industries, townships and risk levels, their people
/// (some shared between two enterprises) and the demo enterprise account. Codes and ID numbers are made valid by the domain's
/// own check-character algorithms; they are invented, not real. Idempotent: what exists (by code, by ID number, by e-mail) is kept.
/// </summary>
internal static class DemoEnterprises
{
    public const string AccountEmail = "enterprise@fangcheng.local";
    public const string AccountName = "裕丰化工 安全管理员";

    /// <summary>The code of the enterprise the demo account is bound to (方城县裕丰化工有限公司).</summary>
    public static string AccountEnterpriseCode => Code(3, '1');

    private sealed record DemoPerson(string Name, string Birth, int Sequence, string? Phone = null)
    {
        public ResidentIdNumber IdNumber
        {
            get
            {
                var first17 = FangchengDivisions.CountyCode + Birth + Sequence.ToString("D3", System.Globalization.CultureInfo.InvariantCulture);
                return ResidentIdNumber.Parse(first17 + ResidentIdNumber.ComputeCheckCharacter(first17));
            }
        }
    }

    private static readonly DemoPerson[] People =
    [
        new("王建国", "19680312", 131, "13937712301"), // 0: two enterprises
        new("李秀英", "19750908", 242, "13837745602"), // 1: two enterprises
        new("张国强", "19710520", 153),
        new("刘红梅", "19800214", 264, "15937701234"),
        new("陈志刚", "19690726", 175),
        new("杨立新", "19730430", 117, "13703771188"),
        new("赵永生", "19650115", 139),
        new("黄丽娟", "19821103", 228),
        new("周保军", "19700818", 191, "13523778866"),
        new("吴海燕", "19780627", 282),
        new("徐长海", "19661009", 113),
        new("孙建华", "19740301", 135, "18937791020"),
        new("马德胜", "19620722", 157), // 12: 回族乡 enterprise and a controller elsewhere
        new("朱晓东", "19850512", 179),
        new("胡春来", "19720903", 211),
        new("郭玉兰", "19790418", 226),
        new("何振峰", "19671130", 233, "13598712277"),
        new("高文博", "19881225", 255),
        new("林国庆", "19591001", 277),
        new("罗桂芝", "19760616", 298),
        new("梁海涛", "19830909", 319),
        new("宋金山", "19640227", 331),
        new("郑爱民", "19700101", 353, "13683771456"),
        new("谢红伟", "19810707", 375),
        new("韩明亮", "19770321", 397),
        new("唐淑珍", "19690812", 412),
        new("冯建伟", "19840130", 431),
        new("于长江", "19730614", 453),
        new("董瑞华", "19870919", 474),
        new("程永强", "19661212", 495),
        new("曹金凤", "19720808", 516),
        new("袁志华", "19800505", 537),
    ];

    private sealed record DemoEnterprise(
        string Name, string Industry, string Township, RiskLevel Risk, bool Hazard, StandardisationGrade Standardisation,
        SubjectType Type, string Address, string? Phone, string? InsuredUntil, OperatingStatus Status,
        int Legal, int Principal, int[] Controllers);

    private static readonly DemoEnterprise[] Enterprises =
    [
        new("方城县金鼎石料有限公司", "非煤矿山", "独树镇", RiskLevel.Major, true, StandardisationGrade.Level3, SubjectType.Enterprise, "独树镇砚山铺村北", "0377-67310218", "2027-03-31", OperatingStatus.Operating, 0, 2, []),
        new("方城县盛源萤石矿业有限公司", "非煤矿山", "拐河镇", RiskLevel.Larger, false, StandardisationGrade.None, SubjectType.Enterprise, "拐河镇东竹园村", "0377-67520136", "2026-12-31", OperatingStatus.SuspendedForRectification, 3, 3, [0]),
        new("方城县裕丰化工有限公司", "危险化学品", "释之街道", RiskLevel.Major, true, StandardisationGrade.Level2, SubjectType.Enterprise, "释之街道产业集聚区纬三路18号", "0377-67286601", "2027-06-30", OperatingStatus.Operating, 4, 1, [5]),
        new("方城县鑫源石化加油站", "危险化学品", "赭阳街道", RiskLevel.Larger, false, StandardisationGrade.Level3, SubjectType.Enterprise, "赭阳街道建设路与裕州路交叉口", "0377-67225580", "2026-09-30", OperatingStatus.Operating, 6, 6, []),
        new("方城县宏达烟花爆竹批发有限公司", "烟花爆竹", "广阳镇", RiskLevel.Larger, true, StandardisationGrade.Level3, SubjectType.Enterprise, "广阳镇二郎店村仓储区", "0377-67690512", "2027-01-15", OperatingStatus.Operating, 7, 8, []),
        new("方城县凤瑞街道喜庆烟花爆竹零售店", "烟花爆竹", "凤瑞街道", RiskLevel.General, false, StandardisationGrade.None, SubjectType.IndividualBusiness, "凤瑞街道凤瑞路中段", "13782112345", null, OperatingStatus.Operating, 9, 9, []),
        new("南阳方城钢铁铸造有限公司", "冶金", "博望镇", RiskLevel.Larger, false, StandardisationGrade.Level2, SubjectType.Enterprise, "博望镇工业园区", "0377-67410876", "2027-04-30", OperatingStatus.Operating, 10, 11, [12]),
        new("方城县瑞丰铝业有限公司", "有色", "赵河镇", RiskLevel.General, false, StandardisationGrade.Level3, SubjectType.Enterprise, "赵河镇工业路6号", "0377-67590233", "2026-11-30", OperatingStatus.Operating, 13, 13, []),
        new("方城县华鑫新型建材有限公司", "建材", "小史店镇", RiskLevel.General, false, StandardisationGrade.Level3, SubjectType.Enterprise, "小史店镇小史店村", "0377-67630918", "2027-02-28", OperatingStatus.Operating, 14, 15, []),
        new("方城县豫宛水泥有限公司", "建材", "独树镇", RiskLevel.Larger, false, StandardisationGrade.Level2, SubjectType.Enterprise, "独树镇扳井村", "0377-67318800", "2027-05-31", OperatingStatus.Operating, 16, 17, [0]),
        new("方城县广安商品混凝土有限公司", "建材", "广安街道", RiskLevel.General, false, StandardisationGrade.None, SubjectType.Enterprise, "广安街道广安路西段", "0377-67239011", null, OperatingStatus.Operating, 18, 18, []),
        new("方城县恒通机械制造有限公司", "机械", "释之街道", RiskLevel.Low, false, StandardisationGrade.Level3, SubjectType.Enterprise, "释之街道产业集聚区经二路", "0377-67281255", "2026-10-31", OperatingStatus.Operating, 19, 20, []),
        new("方城县宛东农机修造厂", "机械", "杨楼镇", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.Enterprise, "杨楼镇杨楼街", "0377-67750312", null, OperatingStatus.Operating, 21, 21, []),
        new("方城县裕州食品有限公司", "轻工", "凤瑞街道", RiskLevel.General, false, StandardisationGrade.Level3, SubjectType.Enterprise, "凤瑞街道工业路12号", "0377-67201566", "2027-03-31", OperatingStatus.Operating, 1, 22, []),
        new("方城县七峰山纸业有限公司", "轻工", "券桥镇", RiskLevel.General, false, StandardisationGrade.None, SubjectType.Enterprise, "券桥镇券桥村", "0377-67770128", "2026-08-31", OperatingStatus.SuspendedForRectification, 23, 23, []),
        new("方城县锦华纺织有限公司", "纺织", "赭阳街道", RiskLevel.Low, false, StandardisationGrade.Level3, SubjectType.Enterprise, "赭阳街道纺织路3号", "0377-67228833", "2027-01-31", OperatingStatus.Operating, 24, 25, []),
        new("方城县博望棉纺厂", "纺织", "博望镇", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.Enterprise, "博望镇博望街东", "0377-67412290", null, OperatingStatus.Deregistered, 26, 26, []),
        new("河南省烟草公司南阳市公司方城县分公司", "烟草", "凤瑞街道", RiskLevel.Low, false, StandardisationGrade.Level2, SubjectType.Enterprise, "凤瑞街道裕州路88号", "0377-67202020", "2027-06-30", OperatingStatus.Operating, 27, 28, []),
        new("方城县万家福商贸有限公司", "商贸", "释之街道", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.Enterprise, "释之街道释之路与凤瑞路交叉口", "0377-67260789", "2026-12-31", OperatingStatus.Operating, 29, 29, []),
        new("方城县古庄店镇兴旺百货超市", "商贸", "古庄店镇", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.IndividualBusiness, "古庄店镇古庄店街", "13598763421", null, OperatingStatus.Operating, 30, 30, []),
        new("方城县清河镇绿源农机专业合作社", "其他", "清河镇", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.FarmerCooperative, "清河镇清河村", "13837798765", null, OperatingStatus.Operating, 31, 31, []),
        new("方城县袁店回族乡清真食品厂", "轻工", "袁店回族乡", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.Enterprise, "袁店回族乡袁店村", "0377-67880151", "2026-12-31", OperatingStatus.Operating, 12, 12, []),
        new("方城县四里店镇石英砂矿", "非煤矿山", "四里店镇", RiskLevel.Larger, false, StandardisationGrade.Level3, SubjectType.Enterprise, "四里店镇王庄村", "0377-67850277", "2027-02-28", OperatingStatus.Operating, 2, 5, []),
        new("方城县杨集镇红星尾矿库管理有限公司", "非煤矿山", "杨集镇", RiskLevel.Major, true, StandardisationGrade.Level2, SubjectType.Enterprise, "杨集镇红星村", "0377-67810066", "2027-04-30", OperatingStatus.Operating, 8, 8, [16]),
        new("方城县柳河镇天然气加气站", "危险化学品", "柳河镇", RiskLevel.Larger, true, StandardisationGrade.Level3, SubjectType.Enterprise, "柳河镇G312国道旁", "0377-67830911", "2026-10-31", OperatingStatus.Operating, 11, 11, []),
        new("方城县二郎庙镇永安液化气站", "危险化学品", "二郎庙镇", RiskLevel.Larger, false, StandardisationGrade.None, SubjectType.Enterprise, "二郎庙镇二郎庙村", "0377-67860432", "2026-07-31", OperatingStatus.Operating, 15, 15, []),
        new("方城县大寺林场木材加工厂", "其他", "方城大寺林场", RiskLevel.General, false, StandardisationGrade.None, SubjectType.Enterprise, "大寺林场场部", "0377-67890123", null, OperatingStatus.Operating, 17, 17, []),
        new("方城县独树镇金诚耐火材料厂", "建材", "独树镇", RiskLevel.General, false, StandardisationGrade.None, SubjectType.Enterprise, "独树镇独树街南", "0377-67315432", "2026-12-31", OperatingStatus.Operating, 20, 20, [22]),
        new("方城县博望镇顺达物流仓储有限公司", "商贸", "博望镇", RiskLevel.Low, false, StandardisationGrade.None, SubjectType.Enterprise, "博望镇G207国道东侧", "0377-67415678", "2027-03-31", OperatingStatus.Operating, 25, 24, []),
        new("方城县赵河镇精工铸件厂", "机械", "赵河镇", RiskLevel.General, false, StandardisationGrade.Level3, SubjectType.Enterprise, "赵河镇工业园区", "0377-67592345", "2026-11-30", OperatingStatus.Operating, 28, 27, []),
    ];

    public static async Task SeedAsync(IServiceProvider services, ILogger logger)
    {
        var db = services.GetRequiredService<AppDbContext>();
        var industries = await db.Industries.ToDictionaryAsync(i => i.Name, i => i.Id, StringComparer.Ordinal);
        var townships = await db.Townships.ToDictionaryAsync(t => t.Name, t => t.Code, StringComparer.Ordinal);
        var codes = Enterprises.Select((e, i) => Code(i + 1, TypeDigit(e.Type))).ToList();
        var existing = await db.Enterprises.Where(e => codes.Contains(e.Code)).Select(e => e.Code).ToListAsync();
        var ids = People.Select(p => p.IdNumber.Value).ToList();
        var people = await db.People.Where(p => ids.Contains(p.IdNumber)).ToDictionaryAsync(p => p.IdNumber, StringComparer.Ordinal);

        Person PersonAt(int index)
        {
            var demo = People[index];
            var id = demo.IdNumber;
            if (!people.TryGetValue(id.Value, out var person))
            {
                person = Person.Create(demo.Name, id, demo.Phone);
                people[id.Value] = person;
            }
            return person;
        }

        var added = 0;
        for (var i = 0; i < Enterprises.Length; i++)
        {
            if (existing.Contains(codes[i], StringComparer.Ordinal)) continue;
            var d = Enterprises[i];
            if (!industries.TryGetValue(d.Industry, out var industryId) || !townships.TryGetValue(d.Township, out var townshipCode)) continue;
            var registered = new DateOnly(2024, 3, 1).AddDays(i * 23);
            var enterprise = Enterprise.Register(UnifiedSocialCreditCode.Parse(codes[i]), new EnterpriseDetails
            {
                Name = d.Name, SubjectType = d.Type, IndustryId = industryId, TownshipCode = townshipCode, Address = d.Address,
                ContactPhone = d.Phone, RiskLevel = d.Risk, HasMajorHazardSource = d.Hazard, Standardisation = d.Standardisation,
                LiabilityInsuranceValidUntil = d.InsuredUntil is null ? null : DateOnly.ParseExact(d.InsuredUntil, "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            }, registered);
            enterprise.Appoint(PersonAt(d.Legal), PersonRole.LegalRepresentative, registered);
            enterprise.Appoint(PersonAt(d.Principal), PersonRole.Principal, registered);
            foreach (var c in d.Controllers) enterprise.Appoint(PersonAt(c), PersonRole.ActualController, registered);
            if (d.Status != OperatingStatus.Operating) enterprise.ChangeStatus(d.Status);
            db.Enterprises.Add(enterprise);
            added++;
        }
        if (added > 0)
        {
            await db.SaveChangesAsync();
            logger.LogInformation("Seeded {Count} demo enterprises", added);
        }

        var users = services.GetRequiredService<UserManager<AppUser>>();
        if (await users.FindByEmailAsync(AccountEmail) is null)
        {
            var code = AccountEnterpriseCode;
            var enterpriseId = await db.Enterprises.Where(e => e.Code == code).Select(e => (long?)e.Id).FirstOrDefaultAsync();
            if (enterpriseId is null) return;
            var user = new AppUser
            {
                UserName = AccountEmail,
                Email = AccountEmail,
                EmailConfirmed = true,
                DisplayName = AccountName,
                EnterpriseId = enterpriseId,
                CreatedAtUtc = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime,
            };
            var created = await users.CreateAsync(user, DemoSeed.DemoPassword);
            if (!created.Succeeded)
                throw new InvalidOperationException("Demo enterprise account could not be created: " + string.Join("; ", created.Errors.Select(e => e.Description)));
            await users.AddToRoleAsync(user, Roles.Enterprise);
            logger.LogInformation("Seeded demo account {Email} ({Role})", AccountEmail, Roles.Enterprise);
        }
    }

    private static char TypeDigit(SubjectType type) => type switch
    {
        SubjectType.IndividualBusiness => '2',
        SubjectType.FarmerCooperative => '3',
        _ => '1',
    };

    /// <summary>A valid 统一社会信用代码 issued in 方城县: 9 (market regulation), the type digit, 411322, an invented organisation body.</summary>
    private static string Code(int number, char type)
    {
        const string charset = UnifiedSocialCreditCode.Charset;
        var body = string.Concat("MA4", charset[(7 * number + 3) % charset.Length].ToString(), charset[(11 * number + 5) % charset.Length].ToString(),
            number.ToString("D2", System.Globalization.CultureInfo.InvariantCulture), charset[(13 * number + 1) % charset.Length].ToString());
        return UnifiedSocialCreditCode.Create('9', type, FangchengDivisions.CountyCode, body).Value;
    }
}
