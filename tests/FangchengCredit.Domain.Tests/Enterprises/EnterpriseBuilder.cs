using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Domain.Identifiers;

namespace FangchengCredit.Domain.Tests.Enterprises;

internal static class EnterpriseBuilder
{
    public static readonly UnifiedSocialCreditCode Code = UnifiedSocialCreditCode.Parse("91350100M000100Y43");

    public static EnterpriseDetails Details(string name = "方城县示例化工有限公司") => new()
    {
        Name = name, IndustryId = 2, TownshipCode = "411322101", ContactPhone = "0377-67123456",
    };

    public static Enterprise Registered() => Enterprise.Register(Code, Details(), new DateOnly(2026, 1, 5));

    public static Person Person(string name, string idNumber) => Domain.Enterprises.Person.Create(name, ResidentIdNumber.Parse(idNumber));
}
