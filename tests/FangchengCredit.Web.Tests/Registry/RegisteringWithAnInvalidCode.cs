using System.Net;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>A code that breaks GB 32100 is refused with the domain's precise reason beside the field, and nothing is saved.</summary>
public sealed class RegisteringWithAnInvalidCode(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AWrongCheckCharacterNamesTheCharacterExpected()
    {
        var (wrong, expected) = RegistryData.WithWrongCheck(RegistryData.NewCode());
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var before = await factory.WithDbAsync(db => db.Enterprises.CountAsync());
        var fields = await factory.CreateFieldsAsync(wrong, "方城县校验码错误测试厂", "周校验", RegistryData.NewIdNumber());

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal($"第18位校验码应为 {expected}", page.QuerySelector("[data-valmsg-for='Code']")!.TextContent.Trim());
        Assert.Equal(before, await factory.WithDbAsync(db => db.Enterprises.CountAsync()));
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Name == "周校验")));
    }

    [Theory]
    [InlineData("91411322MA40TEST", "统一社会信用代码应为18位，实际为 16 位")]
    [InlineData("91411322MA40TESTO1", "第15位字符“S”不合法（不使用 I、O、S、V、Z）")]
    [InlineData("", "请输入统一社会信用代码。")]
    public async Task OtherFaultsAreNamedToo(string code, string message)
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await factory.CreateFieldsAsync(code, "方城县代码格式测试厂", "吴格式", RegistryData.NewIdNumber());

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(message, page.QuerySelector("[data-valmsg-for='Code']")!.TextContent.Trim());
        Assert.False(await factory.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "方城县代码格式测试厂")));
    }
}
