using System.Net;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>Unit officers work on the remediation board: bulk actions all or nothing, and never anything of another unit.</summary>
public sealed class RemediationBoardTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task A_bulk_action_changes_the_chosen_items_and_a_refused_one_shows_the_error_and_changes_nothing()
    {
        using var browser = new Browser(server);
        browser.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("nav-remediation")));
        Assert.Equal("Khắc phục", browser.Heading);
        var planned = browser.Driver.FindElements(By.CssSelector("#column-planned li.item-card")).Take(2).Select(li => Guid.Parse(li.GetDomAttribute("data-item")!)).ToList();
        Assert.Equal(2, planned.Count);
        browser.SaveScreenshot("remediation-board");

        // Assign both to one person.
        Choose(browser, planned);
        Browser.Choose(browser.Driver.FindElement(By.Id("bulk-form")), "BulkAction", "assign");
        Browser.Fill(browser.Driver.FindElement(By.Id("bulk-form")), "BulkOwner", "Lò Thị Kiểm Thử");
        browser.SubmitForm("bulk-form");
        Assert.Empty(browser.Errors);
        Assert.Equal("Đã thay đổi 2 việc.", browser.Success);
        Assert.All(await ItemsAsync(planned), i => Assert.Equal("Lò Thị Kiểm Thử", i.Owner));
        Assert.All(planned, id => Assert.Contains("Lò Thị Kiểm Thử", browser.Driver.FindElement(By.CssSelector($"li.item-card[data-item='{id}']")).Text, StringComparison.Ordinal));

        // Cancel the first, with a reason.
        Choose(browser, [planned[0]]);
        var form = browser.Driver.FindElement(By.Id("bulk-form"));
        Browser.Choose(form, "BulkAction", "status");
        Browser.Choose(form, "BulkStatus", "Cancelled");
        Browser.Fill(form, "BulkNote", "Máy đã thanh lý");
        browser.SubmitForm("bulk-form");
        Assert.Equal("Đã thay đổi 1 việc.", browser.Success);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector($"#column-cancelled li.item-card[data-item='{planned[0]}']")));

        // A new due day for the cancelled item and the open one: the closed item refuses, so neither changes.
        var before = await ItemsAsync(planned);
        Choose(browser, planned);
        form = browser.Driver.FindElement(By.Id("bulk-form"));
        Browser.Choose(form, "BulkAction", "due");
        browser.Script("arguments[0].value = arguments[1];", form.FindElement(By.Name("BulkDue")), "2027-01-15");
        browser.SubmitForm("bulk-form");
        var error = Assert.Single(browser.Errors);
        Assert.Contains("Việc khắc phục đã đóng", error, StringComparison.Ordinal);
        Assert.Contains(planned[0].ToString(), error, StringComparison.Ordinal);
        Assert.Contains("Nothing was changed", error, StringComparison.Ordinal);
        Assert.Null(browser.Success);
        var after = await ItemsAsync(planned);
        Assert.Equal(before.Select(i => (i.Id, i.DueOn, i.Status, i.UpdatedAt)), after.Select(i => (i.Id, i.DueOn, i.Status, i.UpdatedAt)));
        Assert.NotEqual(new DateOnly(2027, 1, 15), after.Single(i => i.Id == planned[1]).DueOn);
        browser.SaveScreenshot("remediation-bulk-refused");

        // The item page tells the whole story.
        browser.GoTo($"/remediation/{planned[0]}");
        var timeline = browser.Driver.FindElement(By.Id("timeline-list")).Text;
        Assert.Contains("Giao người phụ trách", timeline, StringComparison.Ordinal);
        Assert.Contains("Máy đã thanh lý", timeline, StringComparison.Ordinal);
        Assert.Contains("canbo.thcs.muongang", timeline, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.Id("transition-form")));
    }

    [Fact]
    public async Task An_officer_of_one_unit_never_sees_another_units_items_on_the_dashboard_board_or_exports()
    {
        foreach (var (user, own, other) in new[] { ("canbo.thcs.muongang", "DB-MUONGANG-THCS", "LS-"), ("canbo.tyt.locbinh", "LS-LOCBINH-TYT", "DB-") })
        {
            using var browser = new Browser(server);
            browser.SignIn(user, DemoSeeder.DemoPassword);

            browser.GoTo("/compliance");
            var options = browser.Driver.FindElements(By.CssSelector("#unit-picker option")).Select(o => o.GetDomAttribute("value")).Where(v => !string.IsNullOrEmpty(v)).ToList();
            var ownId = await server.WithSystemDbAsync(db => db.Units.Where(u => u.Code == own).Select(u => u.Id).SingleAsync());
            Assert.Equal([ownId.ToString()], options);
            var computers = await server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.UnitId == ownId && c.RetiredAt == null));
            Assert.Equal(computers.ToString(System.Globalization.CultureInfo.InvariantCulture),
                browser.Driver.FindElement(By.CssSelector("#compliance-figures [data-key=computers] .num")).Text.Replace(".", "", StringComparison.Ordinal));
            browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("#rule-table tr[data-rule='supported-os'] td[data-status='Fail'] a")));
            Assert.All(browser.Driver.FindElements(By.CssSelector("#results-table a.hostname")), a => Assert.StartsWith(own, a.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(other, browser.Driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);

            browser.GoTo("/remediation");
            var cards = browser.Driver.FindElements(By.CssSelector("li.item-card a.hostname"));
            Assert.NotEmpty(cards);
            Assert.All(cards, a => Assert.StartsWith(own, a.Text, StringComparison.Ordinal));
            Assert.DoesNotContain(other, browser.Driver.FindElement(By.TagName("main")).Text, StringComparison.Ordinal);

            foreach (var path in new[] { "/remediation?format=xlsx", "/compliance/results?format=xlsx", "/inventory?format=xlsx" })
            {
                var units = await ExportedUnitCodesAsync(browser, path);
                Assert.NotEmpty(units);
                Assert.All(units, code => Assert.Equal(own, code));
            }

            // Another unit's item is not found, not forbidden: its existence is not revealed.
            var foreign = await server.WithSystemDbAsync(db =>
                db.RemediationItems.Where(i => db.Units.Any(u => u.Id == i.UnitId && u.Code.StartsWith(other))).Select(i => i.Id).FirstAsync());
            browser.GoTo($"/remediation/{foreign}");
            Assert.DoesNotContain(other, browser.Driver.FindElement(By.TagName("body")).Text, StringComparison.Ordinal);
            Assert.Empty(browser.Driver.FindElements(By.Id("timeline")));
        }
    }

    [Fact]
    public async Task A_replace_item_is_linked_to_the_new_computer_found_by_hostname_in_the_unit()
    {
        var (itemId, oldId, newHost) = await server.WithSystemDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "DB-MUONGANG-THCS");
            var item = await db.RemediationItems.Where(i => i.UnitId == unit.Id && i.Kind == RemediationKind.Replace && i.Status == RemediationStatus.InProgress
                && i.ReplacementComputerId == null).OrderBy(i => i.Id).FirstAsync();
            var replacement = await db.Computers.Where(c => c.UnitId == unit.Id && c.Id != item.ComputerId && c.RetiredAt == null && c.OsRelease == "Windows 11")
                .Select(c => c.Hostname).FirstAsync();
            return (item.Id, item.ComputerId, replacement);
        });

        using var browser = new Browser(server);
        browser.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
        browser.GoTo($"/remediation/{itemId}");
        var search = browser.Driver.FindElement(By.Id("replacement-search"));
        Browser.Fill(search, "find", newHost);
        browser.SubmitForm("replacement-search");
        var choice = browser.Driver.FindElement(By.XPath($"//form[@id='replacement-form']//label[contains(., '{newHost}')]/input"));
        choice.Click();
        Browser.Fill(browser.Driver.FindElement(By.Id("replacement-form")), "Note", "Biên bản bàn giao 05/2026");
        browser.SubmitForm("replacement-form");

        Assert.Empty(browser.Errors);
        Assert.Equal("Đã gắn máy thay thế; máy cũ đã ngừng sử dụng.", browser.Success);
        Assert.Equal(newHost, browser.Driver.FindElement(By.CssSelector("#item-replacement a")).Text);
        Assert.Contains(newHost + " — Biên bản bàn giao 05/2026", browser.Driver.FindElement(By.Id("timeline-list")).Text, StringComparison.Ordinal);
        var retired = await server.WithSystemDbAsync(db => db.Computers.Where(c => c.Id == oldId).Select(c => c.RetiredAt).SingleAsync());
        Assert.NotNull(retired);
    }

    [Fact]
    public void A_viewer_reads_the_board_and_items_but_is_offered_no_action()
    {
        using var browser = new Browser(server);
        browser.SignIn("lanhdao.langson", DemoSeeder.DemoPassword);
        browser.GoTo("/remediation");
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("li.item-card")));
        Assert.Empty(browser.Driver.FindElements(By.Id("bulk-form")));
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("input[name=Ids]")));
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("li.item-card a.hostname")));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("timeline-list")));
        Assert.Empty(browser.Driver.FindElements(By.Id("item-actions")));
        Assert.Empty(browser.Driver.FindElements(By.Id("comment-form")));
    }

    [Fact]
    public void The_compliance_pages_fit_a_phone_with_real_data()
    {
        using var browser = new Browser(server, 390, 844);
        browser.SignIn("dieuphoi.muongang", DemoSeeder.DemoPassword);
        foreach (var path in new[] { "/compliance", "/compliance/results?status=Fail", "/remediation", "/remediation?status=Planned" })
        {
            browser.GoTo(path);
            Assert.Empty(browser.Errors);
            AssertNoHorizontalScroll(browser);
        }

        browser.SaveScreenshot("remediation-390");
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("#item-table a.hostname")));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("timeline-list")));
        AssertNoHorizontalScroll(browser);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("#item-heading a")));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("verdict-table")));
        AssertNoHorizontalScroll(browser);
    }

    private static void AssertNoHorizontalScroll(Browser browser)
    {
        var widths = (IReadOnlyCollection<object>)browser.Script("return [document.documentElement.scrollWidth, document.documentElement.clientWidth];")!;
        Assert.True(Convert.ToInt64(widths.First()) <= Convert.ToInt64(widths.Last()) + 1, $"{browser.CurrentPath}{browser.Query}: wider than the screen");
    }

    private static void Choose(Browser browser, IReadOnlyList<Guid> ids)
    {
        foreach (var box in browser.Driver.FindElements(By.CssSelector("input[name=Ids]")))
        {
            var wanted = ids.Contains(Guid.Parse(box.GetDomAttribute("value")!));
            if (box.Selected != wanted)
            {
                box.Click();
            }
        }
    }

    private Task<List<RemediationItem>> ItemsAsync(IReadOnlyList<Guid> ids) =>
        server.WithSystemDbAsync(db => db.RemediationItems.AsNoTracking().Where(i => ids.Contains(i.Id)).OrderBy(i => i.Id).ToListAsync());

    /// <summary>Downloads an export with the browser's session and reads its "Mã đơn vị" column.</summary>
    private async Task<List<string>> ExportedUnitCodesAsync(Browser browser, string path)
    {
        var cookies = new CookieContainer();
        foreach (var c in browser.Driver.Manage().Cookies.AllCookies)
        {
            cookies.Add(new System.Net.Cookie(c.Name, c.Value, "/", server.BaseAddress.Host));
        }

        using var client = new HttpClient(new HttpClientHandler { CookieContainer = cookies, AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress };
        var response = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        using var document = SpreadsheetDocument.Open(new MemoryStream(await response.Content.ReadAsByteArrayAsync()), false);
        var part = document.WorkbookPart!.WorksheetParts.Single();
        var rows = part.Worksheet.Descendants<Row>().ToList();
        var headers = rows[0].Elements<Cell>().Select(c => c.InnerText).ToList();
        var column = headers.IndexOf("Mã đơn vị");
        Assert.True(column >= 0, path + ": " + string.Join(", ", headers));
        var letter = ((char)('A' + column)).ToString();
        return [.. rows.Skip(1).Select(r => r.Elements<Cell>().Single(c => c.CellReference!.Value!.StartsWith(letter, StringComparison.Ordinal)
            && char.IsDigit(c.CellReference.Value[1])).InnerText)];
    }
}
