using FangchengCredit.Domain.Common;
using FangchengCredit.Domain.Enterprises;

namespace FangchengCredit.Domain.Tests.Enterprises;

public class EnterpriseRegistration
{
    [Fact]
    public void KeepsTheNormalisedCodeAndTrimmedDetails()
    {
        var enterprise = Enterprise.Register(EnterpriseBuilder.Code, EnterpriseBuilder.Details("  方城县示例化工有限公司  "), new DateOnly(2026, 1, 5));
        Assert.Equal("91350100M000100Y43", enterprise.Code);
        Assert.Equal("方城县示例化工有限公司", enterprise.Name);
        Assert.Equal(OperatingStatus.Operating, enterprise.Status);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    public void RefusesAnEmptyName(string name)
    {
        var ex = Assert.Throws<DomainException>(() => Enterprise.Register(EnterpriseBuilder.Code, EnterpriseBuilder.Details(name), new DateOnly(2026, 1, 5)));
        Assert.Equal("企业名称不能为空", ex.Message);
    }

    [Theory]
    [InlineData("13800138000", true)]
    [InlineData("0377-67123456", true)]
    [InlineData("+86 138 0013 8000", true)]
    [InlineData("12345", false)]
    [InlineData("电话号码", false)]
    [InlineData("138-0013-8000+1", false)]
    public void AcceptsOnlyPlausiblePhoneNumbers(string phone, bool valid) => Assert.Equal(valid, PhoneNumber.IsValid(phone));

    [Fact]
    public void AnEnterpriseUserMayChangeTheContactPhone()
    {
        var enterprise = EnterpriseBuilder.Registered();
        enterprise.ChangeContactPhone(" 13800138000 ");
        Assert.Equal("13800138000", enterprise.ContactPhone);
        Assert.Throws<DomainException>(() => enterprise.ChangeContactPhone("abc"));
    }
}
