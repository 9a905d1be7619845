using OpenQA.Selenium;
using Vigil.Domain.Organisation;

namespace Vigil.Browser.Tests;

public sealed class LayoutTests(VigilServerFixture server) : IClassFixture<VigilServerFixture>, IAsyncLifetime
{
    public Task InitializeAsync() => server.OnceAsync("layout units", async () =>
    {
        // A deep branch with long Vietnamese names: the hardest case for a narrow screen.
        var parent = await server.SeedUnitAsync("LAYOUT-ROOT", "Tỉnh Quảng Trị (bố cục)", UnitKind.Province);
        parent = await server.SeedUnitAsync("LAYOUT-XA", "Xã Hướng Hiệp thuộc huyện Đakrông cũ", UnitKind.Commune, parent.Id);
        parent = await server.SeedUnitAsync("LAYOUT-TRUONG", "Trường Phổ thông Dân tộc Nội trú Trung học Cơ sở và Trung học Phổ thông Đakrông", UnitKind.School, parent.Id);
        await server.SeedUnitAsync("LAYOUT-PHONG-HANH-CHINH-TONG-HOP-RAT-DAI", "Phòng Hành chính – Tổng hợp", UnitKind.Other, parent.Id);
    });

    public Task DisposeAsync() => Task.CompletedTask;

    [Theory]
    [InlineData("/units")]
    [InlineData("/")]
    [InlineData("/users")]
    [InlineData("/account")]
    [InlineData("/inventory")]
    [InlineData("/compliance")]
    [InlineData("/compliance/results")]
    [InlineData("/remediation")]
    public void Phone_width_shows_the_menu_toggle_and_no_horizontal_scroll(string page)
    {
        using var browser = new Browser(server, 390, 844);
        browser.SignInAsAdmin();
        browser.GoTo(page);

        Assert.Equal(390L, Convert.ToInt64(browser.Script("return window.innerWidth;")));
        var toggle = browser.Driver.FindElement(By.CssSelector("label.nav-toggle-label"));
        Assert.True(toggle.Displayed, "the menu toggle shows on a phone");
        // Readable on the blue bar: the same colour as the other top-bar links.
        Assert.Equal(browser.Driver.FindElement(By.Id("sign-out")).GetCssValue("color"), toggle.GetCssValue("color"));
        var nav = browser.Driver.FindElement(By.CssSelector("nav.sidenav"));
        Assert.False(nav.Displayed, "the menu is folded away until asked for");
        AssertNoHorizontalScroll(browser);

        toggle.Click();
        browser.WaitUntil(_ => nav.Displayed, "the menu opens");
        Assert.True(browser.Driver.FindElement(By.Id("nav-units")).Displayed);
        AssertNoHorizontalScroll(browser);
    }

    [Fact]
    public void Desktop_width_shows_the_side_menu_without_a_toggle()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        browser.GoTo("/units");

        Assert.False(browser.Driver.FindElement(By.CssSelector("label.nav-toggle-label")).Displayed);
        Assert.True(browser.Driver.FindElement(By.CssSelector("nav.sidenav")).Displayed);
        Assert.Contains("active", browser.Driver.FindElement(By.Id("nav-units")).GetDomAttribute("class") ?? "", StringComparison.Ordinal);
        // The style sheet is served and applied (the top bar is not an unstyled block of links).
        Assert.NotEqual("rgba(0, 0, 0, 0)", browser.Driver.FindElement(By.CssSelector("header.topbar")).GetCssValue("background-color"));
        AssertNoHorizontalScroll(browser);
    }

    [Fact]
    public void Dashboard_subtree_checkbox_sits_next_to_its_label()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        var box = browser.Driver.FindElement(By.CssSelector("#dashboard-filter input[name=subtree]"));
        Assert.True(box.Size.Width < 40, $"the checkbox is {box.Size.Width}px wide");
    }

    [Fact]
    public void Screenshots_of_the_dashboard_and_the_units_page()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        browser.WaitFor(By.Id("figures"));
        browser.SaveScreenshot("dashboard-1366");
        browser.GoTo("/units");
        browser.WaitFor(By.Id("unit-tree"));
        browser.SaveScreenshot("units-1366");
        browser.GoTo("/login");
        using var anonymous = new Browser(server);
        anonymous.GoTo("/login");
        anonymous.SaveScreenshot("login-1366");

        using var phone = new Browser(server, 390, 844);
        phone.SignInAsAdmin();
        phone.GoTo("/units");
        phone.SaveScreenshot("units-390");
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "screenshots", "units-1366.png")));
    }

    private static void AssertNoHorizontalScroll(Browser browser)
    {
        var widths = (IReadOnlyCollection<object>)browser.Script(
            "return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")!;
        var scroll = Convert.ToInt64(widths.First());
        var client = Convert.ToInt64(widths.Last());
        Assert.True(scroll <= client + 1, $"{browser.CurrentPath}: scrollWidth {scroll} > clientWidth {client}");
    }
}
