using System.Net;
using FangchengCredit.Domain.Enterprises;
using FangchengCredit.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace FangchengCredit.Web.Tests.Registry;

/// <summary>Editing carries the version it was opened at: a stale edit is refused and changes nothing; people are replaced by ID number.</summary>
public sealed class EditingAnEnterprise(PortalFactory factory) : IClassFixture<PortalFactory>
{
    [Fact]
    public async Task SavesTheDetailsAndKeepsThePeopleWhoseNumbersWereLeftBlank()
    {
        var stored = await factory.StoreAsync("方城县编辑测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await staff.EditFieldsAsync(stored.Id);
        Assert.DoesNotContain(fields.Values, v => v == stored.IdNumber);
        fields["Name"] = "方城县编辑测试厂（更名）";
        fields["RiskLevel"] = nameof(RiskLevel.Larger);

        var response = await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var saved = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Id == stored.Id));
        Assert.Equal("方城县编辑测试厂（更名）", saved.Name);
        Assert.Equal(RiskLevel.Larger, saved.RiskLevel);
        Assert.Equal(stored.Code, saved.Code);
        Assert.All(saved.People, p => Assert.Equal(stored.PersonId, p.PersonId));
        Assert.Equal(1, saved.Version);
    }

    [Fact]
    public async Task AStaleVersionIsRefusedAndNothingChanges()
    {
        var stored = await factory.StoreAsync("方城县并发测试厂");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var chief = await factory.SignedInAsync(PortalClient.Chief);
        var staffForm = await staff.EditFieldsAsync(stored.Id);
        var chiefForm = await chief.EditFieldsAsync(stored.Id);

        chiefForm["Address"] = "股长改的地址";
        Assert.Equal(HttpStatusCode.Redirect, (await chief.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", chiefForm)).StatusCode);

        staffForm["Address"] = "科员改的地址";
        staffForm["ActualControllers[0].Name"] = "冯并发";
        staffForm["ActualControllers[0].IdNumber"] = RegistryData.NewIdNumber();
        var stale = await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", staffForm);

        Assert.Equal(HttpStatusCode.OK, stale.StatusCode);
        Assert.Contains("数据已被他人修改，请刷新后重试。", await stale.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        var saved = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Id == stored.Id));
        Assert.Equal("股长改的地址", saved.Address);
        Assert.DoesNotContain(saved.People, p => p.Role == PersonRole.ActualController);
        Assert.False(await factory.WithDbAsync(db => db.People.AnyAsync(p => p.Name == "冯并发")));
    }

    [Fact]
    public async Task ReplacesTheLegalRepresentativeAndAddsThenRemovesAnActualController()
    {
        var stored = await factory.StoreAsync("方城县换人测试厂", legalName: "陈旧人");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var newLegal = RegistryData.NewIdNumber();
        var controller = RegistryData.NewIdNumber();

        var fields = await staff.EditFieldsAsync(stored.Id);
        fields["LegalRepresentative.Name"] = "林新人";
        fields["LegalRepresentative.IdNumber"] = newLegal;
        fields.Remove("PrincipalSameAsLegalRepresentative");
        fields["ActualControllers[0].Name"] = "黄控制";
        fields["ActualControllers[0].IdNumber"] = controller;
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields)).StatusCode);

        var after = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).ThenInclude(p => p.Person).SingleAsync(e => e.Id == stored.Id));
        Assert.Equal("林新人", after.Holder(PersonRole.LegalRepresentative)!.Name);
        Assert.Equal("陈旧人", after.Holder(PersonRole.Principal)!.Name);
        Assert.Equal("黄控制", after.People.Single(p => p.Role == PersonRole.ActualController).Person.Name);

        // Clearing the controller's row removes them; the old legal representative stays a person of record.
        fields = await staff.EditFieldsAsync(stored.Id);
        fields["ActualControllers[0].Name"] = "";
        fields.Remove("ActualControllers[0].PersonId");
        Assert.Equal(HttpStatusCode.Redirect, (await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields)).StatusCode);
        after = await factory.WithDbAsync(db => db.Enterprises.AsNoTracking().Include(e => e.People).SingleAsync(e => e.Id == stored.Id));
        Assert.DoesNotContain(after.People, p => p.Role == PersonRole.ActualController);
        Assert.Equal(2, after.Version);

        var history = (await staff.GetDocumentAsync($"/Enterprises/{stored.Id}")).QuerySelector("[data-testid=history]")!.TextContent;
        Assert.Contains("任命法定代表人：林新人", history, StringComparison.Ordinal);
        Assert.Contains("不再担任法定代表人：陈旧人", history, StringComparison.Ordinal);
        Assert.Contains("任命实际控制人：黄控制", history, StringComparison.Ordinal);
        Assert.Contains("不再担任实际控制人：黄控制", history, StringComparison.Ordinal);
    }

    [Fact]
    public async Task RenamingAKeptPersonIsRefused()
    {
        var stored = await factory.StoreAsync("方城县改名测试厂", legalName: "何本名");
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await staff.EditFieldsAsync(stored.Id);
        fields["LegalRepresentative.Name"] = "何别名";

        var response = await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var page = await PortalClient.ParseAsync(await response.Content.ReadAsStringAsync());
        Assert.Contains("“何本名”", page.QuerySelector("[data-valmsg-for='LegalRepresentative.Name']")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("何本名", await factory.WithDbAsync(db => db.People.Where(p => p.Id == stored.PersonId).Select(p => p.Name).SingleAsync()));
    }

    [Fact]
    public async Task ThePageShowsTheChangeHistoryReadably()
    {
        var stored = await factory.StoreAsync("方城县历史测试厂", risk: RiskLevel.Low);
        var staff = await factory.SignedInAsync(PortalClient.Staff);
        var fields = await staff.EditFieldsAsync(stored.Id);
        fields["RiskLevel"] = nameof(RiskLevel.Major);
        await staff.PostFormAsync($"/Enterprises/{stored.Id}/Edit", $"/Enterprises/{stored.Id}/Edit", fields);

        var items = (await staff.GetDocumentAsync($"/Enterprises/{stored.Id}")).QuerySelectorAll("[data-testid=history] li").ToList();
        var latest = items[0].TextContent;
        Assert.Contains("修改企业信息", latest, StringComparison.Ordinal);
        Assert.Contains("安全风险等级", latest, StringComparison.Ordinal);
        Assert.Contains("低", latest, StringComparison.Ordinal);
        Assert.Contains("重大", latest, StringComparison.Ordinal);
        Assert.Contains(PortalClient.Staff, latest, StringComparison.Ordinal);
        Assert.Contains(items, li => li.TextContent.Contains("登记企业", StringComparison.Ordinal));
        Assert.Contains(items, li => li.TextContent.Contains("任命法定代表人：测试法人", StringComparison.Ordinal));
        Assert.DoesNotContain(items, li => li.TextContent.Contains(stored.IdNumber, StringComparison.Ordinal));
    }
}
