using OpenQA.Selenium;

namespace Vigil.Browser.Tests;

public sealed class SignInTests(VigilServerFixture server) : IClassFixture<VigilServerFixture>
{
    [Fact]
    public void Anonymous_visitor_is_sent_to_the_sign_in_page()
    {
        using var browser = new Browser(server);
        browser.GoTo("/units");

        Assert.Equal("/login", browser.CurrentPath);
        Assert.Contains("ReturnUrl=%2Funits", browser.Query, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("Đăng nhập", browser.Heading);
    }

    [Fact]
    public void Wrong_password_shows_the_Vietnamese_error_and_stays_on_the_sign_in_page()
    {
        using var browser = new Browser(server);
        browser.SignIn(VigilServerFixture.AdminUserName, "not-the-password");

        Assert.Equal("/login", browser.CurrentPath);
        // The Vietnamese text comes first; the use case's English detail follows it in brackets.
        var error = Assert.Single(browser.Errors);
        Assert.StartsWith("Sai tên đăng nhập hoặc mật khẩu.", error, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.Id("current-user")));
        // The password is not echoed back; the user name is kept for the next try.
        Assert.Equal("", browser.Driver.FindElement(By.Id("Password")).GetDomProperty("value"));
        Assert.Equal(VigilServerFixture.AdminUserName, browser.Driver.FindElement(By.Id("UserName")).GetDomProperty("value"));
    }

    [Fact]
    public void Correct_password_opens_the_dashboard_and_signing_out_closes_the_session()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();

        Assert.Equal("/", browser.CurrentPath);
        Assert.Equal("Tổng quan", browser.Heading);
        Assert.Equal(VigilServerFixture.AdminUserName, browser.Driver.FindElement(By.Id("current-user")).Text);
        var figures = browser.WaitFor(By.Id("figures")).FindElements(By.CssSelector(".figure"));
        Assert.NotEmpty(figures);
        Assert.All(figures, f =>
        {
            Assert.False(string.IsNullOrWhiteSpace(f.FindElement(By.CssSelector(".value")).Text));
            Assert.False(string.IsNullOrWhiteSpace(f.FindElement(By.CssSelector(".label")).Text));
        });
        Assert.Contains(figures, f => f.GetDomAttribute("data-key") == "units");

        browser.GoTo("/units");
        Assert.Equal("/units", browser.CurrentPath);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("sign-out")));
        Assert.Equal("/login", browser.CurrentPath);
        Assert.Empty(browser.Driver.FindElements(By.Id("current-user")));

        foreach (var page in new[] { "/", "/units", "/users", "/account" })
        {
            browser.GoTo(page);
            Assert.Equal("/login", browser.CurrentPath);
        }
    }
}
