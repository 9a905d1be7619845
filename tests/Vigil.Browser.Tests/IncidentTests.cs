using Microsoft.EntityFrameworkCore;
using OpenQA.Selenium;
using Vigil.Server.Features.Demo;

namespace Vigil.Browser.Tests;

/// <summary>
/// The school's IT officer reports an incident by hand, starts the investigation, writes a note and attaches a log
/// excerpt; the deadline and every step show on the incident's page.
/// </summary>
public sealed class IncidentTests(DemoServerFixture server) : IClassFixture<DemoServerFixture>
{
    [Fact]
    public async Task Officer_reports_an_incident_moves_it_notes_and_attaches_a_file()
    {
        var file = Path.Combine(Path.GetTempPath(), "vigil-proxy-" + Guid.NewGuid().ToString("N") + ".log");
        await File.WriteAllTextAsync(file, "10.0.0.5 GET http://iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com/\n");
        try
        {
            using var officer = new Browser(server);
            officer.SignIn("canbo.thcs.muongang", DemoSeeder.DemoPassword);
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("nav-incidents")));
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("incident-new")));
            var form = officer.Driver.FindElement(By.Id("incident-form"));
            Browser.Fill(form, "Input.Title", "Máy phòng kế toán gọi tên miền WannaCry");
            Browser.Choose(form, "Input.Severity", "Critical");
            Browser.Fill(form, "Input.AffectedSystem", "Mạng nội bộ trường THCS");
            Browser.Fill(form, "Input.MeasuresTaken", "Rút cáp mạng máy KT-PC01");
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("incident-create")));
            Assert.Empty(officer.Errors);
            Assert.Contains("WannaCry", officer.Heading, StringComparison.Ordinal);
            Assert.Contains("Bộ Công an", officer.Driver.FindElement(By.Id("incident-facts")).Text, StringComparison.Ordinal);

            var status = officer.Driver.FindElement(By.Id("status-form"));
            Browser.Choose(status, "status", "Investigating");
            officer.ClickAndWaitForNewPage(status.FindElement(By.CssSelector("button")));
            Assert.Equal("Đang điều tra", officer.Driver.FindElement(By.Id("incident-status")).Text);

            var note = officer.Driver.FindElement(By.Id("note-form"));
            note.FindElement(By.Name("note")).SendKeys("Đã quét toàn bộ máy bằng Bkav");
            officer.ClickAndWaitForNewPage(note.FindElement(By.CssSelector("button")));
            officer.Driver.FindElement(By.CssSelector("#file-form input[type=file]")).SendKeys(file);
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.CssSelector("#file-form button")));
            Assert.Empty(officer.Errors);

            var timeline = officer.Driver.FindElement(By.Id("incident-timeline")).Text;
            Assert.Contains("New → Investigating", timeline, StringComparison.Ordinal);
            Assert.Contains("Đã quét toàn bộ máy bằng Bkav", timeline, StringComparison.Ordinal);
            Assert.Contains(Path.GetFileName(file), officer.Driver.FindElement(By.Id("incident-files")).Text, StringComparison.Ordinal);
            officer.SaveScreenshot("incident-detail");

            // The creation raised a notice for the officer: the bell counts it, the list leads back to the incident.
            Assert.NotEqual("🔔", officer.Driver.FindElement(By.Id("notifications-link")).Text.Trim());
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.Id("notifications-link")));
            officer.ClickAndWaitForNewPage(officer.Driver.FindElement(By.CssSelector("#notifications-list li.unread button")));
            Assert.StartsWith("/incidents/", officer.CurrentPath, StringComparison.Ordinal);

            officer.GoTo("/incidents?open=true&severity=Critical");
            Assert.Contains("WannaCry", officer.Driver.FindElement(By.Id("incidents-table")).Text, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }

        var stored = await server.WithSystemDbAsync(db => db.IncidentFiles.CountAsync());
        Assert.Equal(1, stored);
    }
}
