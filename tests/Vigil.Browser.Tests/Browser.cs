using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using OpenQA.Selenium.Support.UI;

namespace Vigil.Browser.Tests;

/// <summary>A headless Chromium driven through the system chromedriver, with a throw-away profile; never downloads anything.</summary>
public sealed class Browser : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(15);
    private readonly string profileDirectory = Path.Combine(Path.GetTempPath(), "vigil-chromium-" + Guid.NewGuid().ToString("N"));
    private readonly ChromeDriverService service;
    private readonly VigilServerFixture server;

    public Browser(VigilServerFixture server, int width = 1366, int height = 768)
    {
        this.server = server;
        // Belt and braces: Selenium Manager is only consulted when no driver path is given, and then must stay offline.
        Environment.SetEnvironmentVariable("SE_OFFLINE", "true");
        Directory.CreateDirectory(profileDirectory);
        service = ChromeDriverService.CreateDefaultService("/usr/bin", "chromedriver");
        service.HideCommandPromptWindow = true;
        service.SuppressInitialDiagnosticInformation = true;
        var options = new ChromeOptions { BinaryLocation = "/usr/bin/chromium" };
        options.AddArguments(
            "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", $"--window-size={width},{height}", "--user-data-dir=" + profileDirectory);
        options.AddUserProfilePreference("intl.accept_languages", "en-US,en");
        Driver = new ChromeDriver(service, options, TimeSpan.FromSeconds(60));
        Driver.Manage().Timeouts().PageLoad = TimeSpan.FromSeconds(30);
        if (width < 600)
        {
            // A headless window is never narrower than about 500 pixels: emulate the phone's viewport instead.
            Driver.ExecuteCdpCommand("Emulation.setDeviceMetricsOverride", new Dictionary<string, object?>
            {
                ["width"] = width, ["height"] = height, ["deviceScaleFactor"] = 1, ["mobile"] = true,
            });
        }
    }

    public ChromeDriver Driver { get; }

    public string CurrentPath => new Uri(Driver.Url).AbsolutePath;

    public string Query => new Uri(Driver.Url).Query;

    public string HtmlLang => Driver.FindElement(By.TagName("html")).GetDomAttribute("lang") ?? "";

    public string Heading => Driver.FindElement(By.TagName("h1")).Text;

    public string BodyText => Driver.FindElement(By.TagName("body")).Text;

    public void GoTo(string path)
    {
        Driver.Navigate().GoToUrl(server.Url(path));
        WaitUntil(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState") as string == "complete");
    }

    public T WaitUntil<T>(Func<IWebDriver, T> condition, string? because = null)
    {
        var wait = new WebDriverWait(Driver, Timeout) { Message = because ?? "" };
        wait.IgnoreExceptionTypes(typeof(NoSuchElementException), typeof(StaleElementReferenceException));
        return wait.Until(condition);
    }

    public IWebElement WaitFor(By by) => WaitUntil(d => d.FindElement(by) is { Displayed: true } e ? e : null, $"waiting for {by}")!;

    /// <summary>Clicks something that submits a form or follows a link and waits until the next page has replaced this one.</summary>
    public void ClickAndWaitForNewPage(IWebElement element)
    {
        var old = Driver.FindElement(By.TagName("html"));
        element.Click();
        WaitUntil(_ => IsStale(old), "waiting for the next page");
        WaitUntil(d => ((IJavaScriptExecutor)d).ExecuteScript("return document.readyState") as string == "complete");
    }

    public void SubmitForm(string formId) =>
        ClickAndWaitForNewPage(Driver.FindElement(By.CssSelector($"#{formId} button[type=submit]")));

    public static void Fill(IWebElement container, string name, string value)
    {
        var input = container.FindElement(By.Name(name));
        input.Clear();
        input.SendKeys(value);
    }

    public static void Choose(IWebElement container, string selectName, string optionValue) =>
        container.FindElement(By.CssSelector($"select[name='{selectName}'] option[value='{optionValue}']")).Click();

    public void SignIn(string userName, string password)
    {
        GoTo("/login");
        var form = Driver.FindElement(By.Id("login-form"));
        Fill(form, "UserName", userName);
        Fill(form, "Password", password);
        ClickAndWaitForNewPage(Driver.FindElement(By.Id("login-submit")));
    }

    public void SignInAsAdmin() => SignIn(VigilServerFixture.AdminUserName, VigilServerFixture.AdminPassword);

    public IReadOnlyList<string> Errors => [.. Driver.FindElements(By.CssSelector(".notice.error")).Select(e => e.Text)];

    public string? Success => Driver.FindElements(By.CssSelector(".notice.success")).Select(e => e.Text).FirstOrDefault();

    public object? Script(string script, params object[] args) => Driver.ExecuteScript(script, args);

    public void SaveScreenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        Driver.GetScreenshot().SaveAsFile(Path.Combine(folder, name + ".png"));
    }

    public void Dispose()
    {
        try
        {
            Driver.Quit();
        }
        finally
        {
            Driver.Dispose();
            service.Dispose();
            try
            {
                Directory.Delete(profileDirectory, recursive: true);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
    }

    private static bool IsStale(IWebElement element)
    {
        try
        {
            _ = element.Enabled;
            return false;
        }
        catch (StaleElementReferenceException)
        {
            return true;
        }
        catch (WebDriverException e) when (e.Message.Contains("does not belong to the document", StringComparison.Ordinal))
        {
            // Chromium's wording when the old page is being torn down: as good as stale.
            return true;
        }
    }
}
