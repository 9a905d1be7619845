using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>A unit officer isolates a computer from its page, views and copies a containment kit, and releases it.</summary>
public sealed class IsolationTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Officer_isolates_views_a_kit_and_releases_from_the_computer_page()
    {
        var computer = await server.WithSystemDbAsync(db =>
            (from u in db.Users
             where u.UserName == "canbo.thcs.muongang"
             from b in u.Units
             join c in db.Computers on b.UnitId equals c.UnitId
             orderby c.Hostname
             select c.Id).FirstAsync());
        using var officer = new Browser(server);
        officer.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
        officer.GoTo($"/inventory/computer/{computer}");
        var form = officer.Driver.FindElement(By.Id("isolation-form"));
        Browser.Fill(form, "Reason", "Kết nối tới máy chủ C&C WannaCry");
        officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("isolation-isolate")));
        Assert.Empty(officer.Errors);
        var state = officer.Driver.FindElement(By.Id("isolation-state")).GetDomAttribute("data-state");
        Assert.Contains(state, new[] { "requested", "applied" });
        Assert.NotEmpty(officer.Driver.FindElements(By.CssSelector("#isolation-steps tr[data-step='requested']")));
        officer.SaveScreenshot("isolation-panel");

        officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.CssSelector("a.kit-link[href*='kit=cisco-ios']")));
        Assert.Contains("VIGIL-QUARANTINE", officer.Driver.FindElement(By.Id("kit-text")).Text, StringComparison.Ordinal);
        Assert.True(officer.Driver.FindElement(By.Id("kit-copy")).Displayed);

        officer.GoTo($"/inventory/computer/{computer}");
        officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("isolation-release")));
        Assert.Empty(officer.Errors);
        Assert.Contains(officer.Driver.FindElement(By.Id("isolation-state")).GetDomAttribute("data-state"), new[] { "release-requested", "released" });
    }
}
