using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;

namespace FangchengCredit.Domain.Tests.Enterprises;

public class EnterprisePeopleRoles
{
    private static readonly DateOnly Day = new(2026, 2, 1);

    [Fact]
    public void AppointingANewLegalRepresentativeReplacesTheOldOne()
    {
        var enterprise = EnterpriseBuilder.Registered();
        var first = EnterpriseBuilder.Person("张三", "11010519491231002X");
        var second = EnterpriseBuilder.Person("李四", "110105194912310038");
        enterprise.Appoint(first, PersonRole.LegalRepresentative, Day);
        enterprise.Appoint(second, PersonRole.LegalRepresentative, Day);
        Assert.Single(enterprise.People, p => p.Role == PersonRole.LegalRepresentative);
        Assert.Same(second, enterprise.Holder(PersonRole.LegalRepresentative));
    }

    [Fact]
    public void OnePersonMayBeBothLegalRepresentativeAndPrincipal()
    {
        var enterprise = EnterpriseBuilder.Registered();
        var boss = EnterpriseBuilder.Person("张三", "11010519491231002X");
        enterprise.Appoint(boss, PersonRole.LegalRepresentative, Day);
        enterprise.Appoint(boss, PersonRole.Principal, Day);
        Assert.Equal(2, enterprise.People.Count);
        Assert.Same(boss, enterprise.Holder(PersonRole.Principal));
    }

    [Fact]
    public void ThereMayBeSeveralActualControllersButEachOnlyOnce()
    {
        var enterprise = EnterpriseBuilder.Registered();
        var a = EnterpriseBuilder.Person("张三", "11010519491231002X");
        var b = EnterpriseBuilder.Person("李四", "110105194912310038");
        enterprise.Appoint(a, PersonRole.ActualController, Day);
        enterprise.Appoint(b, PersonRole.ActualController, Day);
        enterprise.Appoint(a, PersonRole.ActualController, Day);
        Assert.Equal(2, enterprise.People.Count(p => p.Role == PersonRole.ActualController));
    }

    [Fact]
    public void ADeregisteredEnterpriseCannotChangeItsPeople()
    {
        var enterprise = EnterpriseBuilder.Registered();
        enterprise.Deregister();
        Assert.Throws<DomainException>(() => enterprise.Appoint(EnterpriseBuilder.Person("张三", "11010519491231002X"), PersonRole.Principal, Day));
    }

    [Fact]
    public void StatusChangesFollowTheirOrder()
    {
        var enterprise = EnterpriseBuilder.Registered();
        Assert.Throws<DomainException>(enterprise.ResumeOperation);
        enterprise.SuspendForRectification();
        enterprise.ResumeOperation();
        enterprise.Deregister();
        Assert.Throws<DomainException>(() => enterprise.ChangeStatus(OperatingStatus.Operating));
    }

    [Fact]
    public void APersonShowsOnlyAMaskedIdNumber()
    {
        var person = EnterpriseBuilder.Person("张三", "11010519491231002X");
        Assert.Equal("1101**********002X", person.MaskedIdNumber);
    }

    [Theory]
    [InlineData("重大", RiskLevel.Major)]
    [InlineData("较大风险", RiskLevel.Larger)]
    [InlineData(" 低 ", RiskLevel.Low)]
    public void RiskLevelsAreReadFromTheirChineseNames(string text, RiskLevel expected) =>
        Assert.Equal(expected, EnterpriseNames.Parse<RiskLevel>(text));

    [Fact]
    public void AnUnknownNameReadsAsNothing() => Assert.Null(EnterpriseNames.Parse<SubjectType>("公司"));
}
