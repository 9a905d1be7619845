using System.Globalization;
using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>The demo coordinator of Điện Biên reads the compliance dashboard, follows a number to its computers and opens one.</summary>
public sealed class ComplianceTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    private static readonly CultureInfo Vietnamese = new("vi-VN");

    [Fact]
    public async Task Dashboard_shows_a_rules_numbers_and_the_drill_down_lists_exactly_those_computers()
    {
        var (unitId, failing, passing) = await server.WithSystemDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "DB-MUONGANG");
            var ids = await db.Units.Where(u => u.Path.StartsWith(unit.Path)).Select(u => u.Id).ToListAsync();
            var verdicts = await (from r in db.ComplianceResults
                                  join c in db.Computers on r.ComputerId equals c.Id
                                  where ids.Contains(r.UnitId) && c.RetiredAt == null && r.RuleId == "supported-os"
                                  select new { c.Hostname, r.Status }).ToListAsync();
            return (unit.Id, verdicts.Where(v => v.Status == ComplianceStatus.Fail).Select(v => v.Hostname).ToList(),
                verdicts.Count(v => v.Status == ComplianceStatus.Pass));
        });
        Assert.NotEmpty(failing);

        using var browser = new Browser(server);
        browser.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.Id("nav-compliance")));
        Assert.Equal("Tuân thủ", browser.Heading);
        Browser.Choose(browser.Driver.FindElement(By.Id("compliance-filter")), "unit", unitId.ToString());
        browser.SubmitForm("compliance-filter");

        // The bar says the share in words, and the table has every number.
        var bar = browser.Driver.FindElement(By.CssSelector(".rule-bars li[data-rule='supported-os']"));
        var share = (double)passing / (passing + failing.Count + Count(browser, "Unknown"));
        Assert.Contains(share.ToString("P0", Vietnamese) + " đạt", bar.Text, StringComparison.Ordinal);
        Assert.Contains("Không đạt " + failing.Count.ToString("N0", Vietnamese), bar.Text, StringComparison.Ordinal);
        Assert.NotEmpty(bar.FindElements(By.CssSelector("svg.bar rect.seg.fail")));
        Assert.Contains("Hệ điều hành còn được hỗ trợ", bar.FindElement(By.TagName("svg")).GetDomAttribute("aria-label"), StringComparison.Ordinal);
        Assert.Equal(passing, Count(browser, "Pass"));
        var failCell = browser.Driver.FindElement(By.CssSelector("#rule-table tr[data-rule='supported-os'] td[data-status='Fail'] a"));
        Assert.Equal(failing.Count.ToString("N0", Vietnamese), failCell.Text);

        // The trend: a line per rule over the chosen period, with its axes labelled.
        var chart = browser.Driver.FindElement(By.Id("trend-chart"));
        Assert.NotEmpty(chart.FindElements(By.CssSelector("polyline.line")));
        Assert.Contains("100", chart.Text, StringComparison.Ordinal);
        Assert.Contains("Ngày", chart.Text, StringComparison.Ordinal);
        browser.SaveScreenshot("compliance-dashboard");

        // An earlier day's figures come from its daily counts; they are not linked to today's lists.
        browser.GoTo($"/compliance?unit={unitId}&subtree=true&asOf=" + DateTime.UtcNow.AddDays(-7).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("not-linked")));
        Assert.Contains("Số liệu đã chốt", browser.Driver.FindElement(By.Id("compliance-basis")).Text, StringComparison.Ordinal);
        Assert.Empty(browser.Driver.FindElements(By.CssSelector("#rule-table a")));
        browser.Driver.Navigate().Back();
        failCell = browser.Driver.FindElement(By.CssSelector("#rule-table tr[data-rule='supported-os'] td[data-status='Fail'] a"));

        browser.ClickAndWaitForNewPage(failCell);
        Assert.Equal("/compliance/results", browser.CurrentPath);
        Assert.Contains("rule=supported-os", browser.Query, StringComparison.Ordinal);
        Assert.Contains(failing.Count.ToString("N0", Vietnamese) + " kết quả", browser.Driver.FindElement(By.Id("results-total")).Text, StringComparison.Ordinal);
        var listed = new List<string>();
        while (true)
        {
            var rows = browser.Driver.FindElements(By.CssSelector("#results-table tbody tr"));
            listed.AddRange(rows.Select(r => r.FindElement(By.CssSelector("a.hostname")).Text));
            Assert.All(rows, r => Assert.Contains("Không đạt", r.Text, StringComparison.Ordinal));
            var next = browser.Driver.FindElements(By.Id("next-page"));
            if (next.Count == 0)
            {
                break;
            }

            browser.ClickAndWaitForNewPage(next[0]);
        }

        Assert.Equal(failing.Order(StringComparer.Ordinal), listed.Order(StringComparer.Ordinal));
        browser.SaveScreenshot("compliance-results");
    }

    [Fact]
    public async Task Triage_numbers_lead_to_the_computers_to_replace_and_the_computer_page_shows_verdicts_and_evidence()
    {
        var replace = await server.WithSystemDbAsync(async db =>
        {
            var province = await db.Units.SingleAsync(u => u.Code == "DB");
            var ids = await db.Units.Where(u => u.Path.StartsWith(province.Path)).Select(u => u.Id).ToListAsync();
            return await (from r in db.ComplianceResults
                          join c in db.Computers on r.ComputerId equals c.Id
                          where ids.Contains(r.UnitId) && c.RetiredAt == null && r.RuleId == "upgrade-triage" && r.Status == ComplianceStatus.Fail
                              && r.Remediation == RemediationKind.Replace && r.Reason == VerdictReasons.TriageReplaceTargetUnsupported
                          select c.Hostname).ToListAsync();
        });
        Assert.NotEmpty(replace);

        using var browser = new Browser(server);
        browser.SignIn("dieuphoi.dienbien", DemoSeeder.DemoPassword);
        browser.GoTo("/compliance");
        var cell = browser.Driver.FindElement(By.CssSelector("#triage-table tr[data-remediation='Replace'] td[data-target='windows10'] a"));
        Assert.Equal(replace.Count.ToString("N0", Vietnamese), cell.Text);
        browser.ClickAndWaitForNewPage(cell);
        Assert.Contains("Đích nâng cấp: Chỉ lên được Windows 10", browser.Driver.FindElement(By.Id("results-chips")).Text, StringComparison.Ordinal);
        var first = browser.Driver.FindElement(By.CssSelector("#results-table tbody tr"));
        Assert.Contains("Chỉ lên được Windows 10, cũng đã hết hỗ trợ: thay máy", first.Text, StringComparison.Ordinal);
        var host = first.FindElement(By.CssSelector("a.hostname")).Text;
        Assert.Contains(host, replace);

        browser.ClickAndWaitForNewPage(first.FindElement(By.CssSelector("a.hostname")));
        Assert.StartsWith(host, browser.Driver.FindElement(By.Id("computer-name")).Text, StringComparison.Ordinal);
        var table = browser.Driver.FindElement(By.Id("verdict-table"));
        var os = table.FindElement(By.CssSelector("tr[data-rule='supported-os']"));
        Assert.Equal("Fail", os.GetDomAttribute("data-status"));
        Assert.Contains("Hệ điều hành đã hết hỗ trợ", os.Text, StringComparison.Ordinal);
        Assert.Contains("Hết hỗ trợ", os.FindElement(By.CssSelector("dl.evidence")).Text, StringComparison.Ordinal);
        Assert.Contains("14/10/2025", os.Text, StringComparison.Ordinal);
        Assert.Matches(@"\d{2}/\d{2}/\d{4} \d{2}:\d{2}", os.FindElement(By.CssSelector("td[data-label='Tuổi dữ liệu']")).Text);
        var triage = table.FindElement(By.CssSelector("tr[data-rule='upgrade-triage']"));
        Assert.Contains("Thay máy", triage.Text, StringComparison.Ordinal);
        Assert.Contains("Đích nâng cấp", triage.Text, StringComparison.Ordinal);
        Assert.Contains("Core i3 gen 4", triage.Text, StringComparison.Ordinal);
        Assert.NotEmpty(browser.Driver.FindElements(By.CssSelector("#computer-items tr[data-item]")));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("verdict-history")));
        browser.SaveScreenshot("compliance-computer");
    }

    [Fact]
    public async Task An_officer_records_an_ESU_exception_and_the_verdict_changes_then_removes_it()
    {
        var host = await server.WithSystemDbAsync(async db =>
        {
            var unit = await db.Units.SingleAsync(u => u.Code == "DB-MUONGANG-THCS");
            return await (from r in db.ComplianceResults
                          join c in db.Computers on r.ComputerId equals c.Id
                          where r.UnitId == unit.Id && c.RetiredAt == null && c.EsuUntil == null
                              && r.RuleId == "supported-os" && r.Status == ComplianceStatus.Fail
                          select c.Hostname).FirstAsync();
        });

        using var browser = new Browser(server);
        browser.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
        browser.GoTo("/inventory?q=" + Uri.EscapeDataString(host));
        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.LinkText(host)));
        var form = browser.Driver.FindElement(By.Id("esu-form"));
        browser.Script("arguments[0].value = arguments[1];", form.FindElement(By.Name("EsuUntil")), "2027-10-13");
        Browser.Fill(form, "EsuNote", "Hợp đồng ESU số 12/2026");
        browser.SubmitForm("esu-form");

        Assert.Empty(browser.Errors);
        Assert.Equal("Đã ghi ngoại lệ ESU; máy đã được đánh giá lại.", browser.Success);
        Assert.Contains("13/10/2027", browser.Driver.FindElement(By.Id("esu-current")).Text, StringComparison.Ordinal);
        var os = browser.Driver.FindElement(By.CssSelector("#verdict-table tr[data-rule='supported-os']"));
        Assert.Equal("Pass", os.GetDomAttribute("data-status"));
        Assert.Contains("ESU", os.Text, StringComparison.Ordinal);

        browser.ClickAndWaitForNewPage(browser.Driver.FindElement(By.CssSelector("#esu-remove-form button")));
        Assert.Equal("Đã gỡ ngoại lệ ESU; máy đã được đánh giá lại.", browser.Success);
        Assert.Equal("Fail", browser.Driver.FindElement(By.CssSelector("#verdict-table tr[data-rule='supported-os']")).GetDomAttribute("data-status"));
        Assert.NotEmpty(browser.Driver.FindElements(By.Id("esu-none")));
    }

    private static int Count(Browser browser, string status)
    {
        var cell = browser.Driver.FindElement(By.CssSelector($"#rule-table tr[data-rule='supported-os'] td[data-status='{status}']"));
        return int.Parse(cell.Text, NumberStyles.AllowThousands, Vietnamese);
    }
}
