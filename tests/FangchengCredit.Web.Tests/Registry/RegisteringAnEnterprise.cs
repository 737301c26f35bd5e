using System.Net;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Staff register an enterprise through the form; people are found by ID number and shared across enterprises.</summary>
public sealed class RegisteringAnEnterprise(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task AValidFormRegistersTheEnterpriseWithItsPeople()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var code = RegistryData.NewCode();
        var legalId = RegistryData.NewIdNumber();
        var controllerId = RegistryData.NewIdNumber();
        var fields = await factory.CreateFieldsAsync(code.ToLowerInvariant() + " ", "方城县登记测试化工有限公司", "张登记", legalId);
        fields["ActualControllers[0].Name"] = "李控制";
        fields["ActualControllers[0].IdNumber"] = controllerId;
        fields["ActualControllers[1].Name"] = "";
        fields["ActualControllers[1].IdNumber"] = "";

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var id = RegistryData.EnterpriseIdFrom(response);
        var stored = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).ThenInclude(p => p.Person).SingleAsync(e => e.Id == id));
        Assert.Equal(code, stored.Code);
        Assert.Equal(OperatingStatus.Operating, stored.Status);
        Assert.Equal("张登记", stored.Holder(PersonRole.LegalRepresentative)!.Name);
        Assert.Equal(stored.Holder(PersonRole.LegalRepresentative)!.Id, stored.Holder(PersonRole.Principal)!.Id);
        Assert.Equal(controllerId, stored.People.Single(p => p.Role == PersonRole.ActualController).Person.IdNumber);

        var page = await staff.GetDocumentAsync($"/Enterprises/{id}");
        Assert.Contains("方城县登记测试化工有限公司", page.QuerySelector("h1")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("法定代表人、主要负责人", page.QuerySelector("[data-testid=people]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ASeparatePrincipalIsRequiredUnlessTheBoxIsTicked()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await factory.CreateFieldsAsync(RegistryData.NewCode(), "方城县负责人测试厂", "王法人", RegistryData.NewIdNumber());
        fields.Remove("PrincipalSameAsLegalRepresentative");

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal("请输入姓名。", page.QuerySelector("[data-valmsg-for='Principal.Name']")!.TextContent.Trim());
        Assert.Equal("请输入身份证号。", page.QuerySelector("[data-valmsg-for='Principal.IdNumber']")!.TextContent.Trim());
    }

    [Fact]
    public async Task APersonAlreadyRegisteredIsReusedNotDuplicated()
    {
        var shared = RegistryData.NewIdNumber();
        var first = await factory.StoreAsync("方城县共用人员甲厂", legalName: "赵共用", legalId: shared);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await factory.CreateFieldsAsync(RegistryData.NewCode(), "方城县共用人员乙厂", "赵共用", shared.ToLowerInvariant());

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal(1, await factory.WithDbAsync(db => db.People.CountAsync(p => p.IdNumber == shared)));
        var person = await staff.GetDocumentAsync($"/Persons/{first.PersonId}");
        var enterprises = person.QuerySelectorAll("[data-testid=roles] tbody tr td:first-child a").Select(a => a.TextContent.Trim()).ToList();
        Assert.Contains("方城县共用人员甲厂", enterprises);
        Assert.Contains("方城县共用人员乙厂", enterprises);
    }

    [Fact]
    public async Task ADifferentNameForARegisteredIdNumberIsRefusedRatherThanRenamingThePerson()
    {
        var shared = RegistryData.NewIdNumber();
        await factory.StoreAsync("方城县姓名冲突甲厂", legalName: "钱原名", legalId: shared);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await factory.CreateFieldsAsync(RegistryData.NewCode(), "方城县姓名冲突乙厂", "钱新名", shared);

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        var message = page.QuerySelector("[data-valmsg-for='LegalRepresentative.Name']")!.TextContent;
        Assert.Contains("已登记为“钱原名”", message, StringComparison.Ordinal);
        Assert.DoesNotContain(shared, message, StringComparison.Ordinal);
        Assert.Equal("钱原名", await factory.WithDbAsync(db => db.People.Where(p => p.IdNumber == shared).Select(p => p.Name).SingleAsync()));
        Assert.False(await factory.WithDbAsync(db => db.Enterprises.AnyAsync(e => e.Name == "方城县姓名冲突乙厂")));
    }

    [Fact]
    public async Task AnInvalidIdNumberIsExplainedPrecisely()
    {
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var id = RegistryData.NewIdNumber();
        var wrongCheck = id[..17] + (id[17] == '0' ? '1' : '0');
        var expected = FangchengCredit.Domain.Identifiers.ResidentIdNumber.Validate(wrongCheck)!.Message;
        var fields = await factory.CreateFieldsAsync(RegistryData.NewCode(), "方城县身份证错误测试厂", "孙错号", wrongCheck);

        var response = await staff.PostFormAsync("/Enterprises/Create", "/Enterprises/Create", fields);

        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Equal(expected, page.QuerySelector("[data-valmsg-for='LegalRepresentative.IdNumber']")!.TextContent.Trim());
        Assert.StartsWith("第18位校验码应为", expected, StringComparison.Ordinal);
    }
}
