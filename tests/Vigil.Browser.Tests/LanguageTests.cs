using OpenQA.Selenium;

namespace Vigil.Browser.Tests;

public sealed class LanguageTests(VigilServerFixture server) : IClassFixture<VigilServerFixture>
{
    [Fact]
    public void Pages_start_in_Vietnamese_even_when_the_browser_asks_for_English()
    {
        using var browser = new Browser(server); // its Accept-Language is en-US
        browser.GoTo("/login");

        Assert.Equal("vi", browser.HtmlLang);
        Assert.Equal("Đăng nhập", browser.Heading);
        Assert.Equal("English", browser.Driver.FindElement(By.Id("lang-switch")).Text);
    }

    [Fact]
    public void The_language_switch_turns_the_sign_in_page_to_English_and_the_choice_is_remembered()
    {
        using var browser = new Browser(server);
        browser.GoTo("/login");

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("lang-switch")));
        Assert.Equal("/login", browser.CurrentPath);
        Assert.Equal("en", browser.HtmlLang);
        Assert.Equal("Sign in", browser.Heading);
        Assert.Equal("Tiếng Việt", browser.Driver.FindElement(By.Id("lang-switch")).Text);

        browser.GoTo("/units"); // redirected to the sign-in page, still in English
        Assert.Equal("/login", browser.CurrentPath);
        Assert.Equal("en", browser.HtmlLang);
        Assert.Equal("Sign in", browser.Heading);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("lang-switch")));
        Assert.Equal("vi", browser.HtmlLang);
        Assert.Equal("Đăng nhập", browser.Heading);
        // The switch came back to the same address, query included.
        Assert.Equal("/login", browser.CurrentPath);
        Assert.Contains("ReturnUrl=%2Funits", browser.Query, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Signed_in_pages_follow_the_switch_across_navigation_and_switch_back()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        Assert.Equal("Tổng quan", browser.Heading);

        browser.GoTo("/units");
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("lang-switch")));
        Assert.Equal("/units", browser.CurrentPath);
        Assert.Equal("en", browser.HtmlLang);
        Assert.Equal("Organisation", browser.Heading);
        Assert.Equal("Sign out", browser.Driver.FindElement(By.Id("sign-out")).Text);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("nav.sidenav a[href='/']")));
        Assert.Equal("en", browser.HtmlLang);
        Assert.Equal("Dashboard", browser.Heading);
        Assert.Equal("Organisation", browser.Driver.FindElement(By.Id("nav-units")).Text);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("lang-switch")));
        Assert.Equal("/", browser.CurrentPath);
        Assert.Equal("vi", browser.HtmlLang);
        Assert.Equal("Tổng quan", browser.Heading);

        browser.GoTo("/units");
        Assert.Equal("vi", browser.HtmlLang);
        Assert.Equal("Cơ cấu tổ chức", browser.Heading);
    }

    [Fact]
    public void English_chosen_on_the_sign_in_page_is_kept_after_signing_in()
    {
        using var browser = new Browser(server);
        browser.GoTo("/login");
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("lang-switch")));
        Assert.Equal("en", browser.HtmlLang);

        var form = browser.Driver.FindElement(By.Id("login-form"));
        Browser.Fill(form, "UserName", VigilServerFixture.AdminUserName);
        Browser.Fill(form, "Password", VigilServerFixture.AdminPassword);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("login-submit")));

        Assert.Equal("/", browser.CurrentPath);
        Assert.Equal("en", browser.HtmlLang);
        Assert.Equal("Dashboard", browser.Heading);
    }
}
