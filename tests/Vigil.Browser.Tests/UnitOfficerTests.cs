using OpenQA.Selenium;
using Vigil.Domain.Organisation;

namespace Vigil.Browser.Tests;

public sealed class UnitOfficerTests(VigilServerFixture server) : IClassFixture<VigilServerFixture>
{
    [Fact]
    public async Task Unit_officer_sees_only_their_unit_and_gets_404_for_another()
    {
        var province = await server.SeedUnitAsync("PV-OFFICER", "Tỉnh Phạm Vi", UnitKind.Province);
        var own = await server.SeedUnitAsync("XA-CUA-MINH", "Xã Của Mình", UnitKind.Commune, province.Id);
        var other = await server.SeedUnitAsync("XA-BEN-CANH", "Xã Bên Cạnh Bí Mật", UnitKind.Commune, province.Id);

        string oneTimePassword;
        using (var admin = new Browser(server))
        {
            admin.SignInAsAdmin();
            admin.GoTo("/users");
            var form = admin.Driver.FindElement(By.Id("create-user-form"));
            Browser.Fill(form, "Input.UserName", "canbo.xa");
            Browser.Fill(form, "Input.DisplayName", "Cán bộ xã");
            Browser.Choose(form, "Input.Role", "UnitOfficer");
            Browser.Choose(form, "Input.UnitIds", own.Id.ToString());
            admin.SubmitForm("create-user-form");

            Assert.Empty(admin.Errors);
            Assert.Equal("Đã tạo tài khoản canbo.xa.", admin.Success);
            oneTimePassword = admin.Driver.FindElement(By.Id("one-time-secret")).Text;
            Assert.False(string.IsNullOrWhiteSpace(oneTimePassword));
            var row = admin.Driver.FindElement(By.XPath("//table[@id='user-table']//tr[td/a[text()='canbo.xa']]"));
            Assert.Contains("XA-CUA-MINH", row.Text, StringComparison.Ordinal);
            Assert.Contains("Cán bộ đơn vị", row.Text, StringComparison.Ordinal);

            // The secret is shown once only.
            admin.GoTo("/users");
            Assert.Empty(admin.Driver.FindElements(By.Id("one-time-secret")));
        }

        using var officer = new Browser(server);
        officer.SignIn("canbo.xa", oneTimePassword);
        Assert.Equal("/account", officer.CurrentPath); // must change the one-time password
        Assert.NotEmpty(officer.Driver.FindElements(By.Id("must-change")));
        Assert.Equal("canbo.xa", officer.Driver.FindElement(By.Id("current-user")).Text);
        Assert.Empty(officer.Driver.FindElements(By.Id("nav-users")));

        officer.GoTo("/units");
        var tree = officer.Driver.FindElement(By.Id("unit-tree"));
        Assert.Equal(["XA-CUA-MINH"], tree.FindElements(By.TagName("li")).Select(li => li.GetDomAttribute("data-code")).ToList());
        Assert.DoesNotContain("Bên Cạnh", officer.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain("Tỉnh Phạm Vi", tree.Text, StringComparison.Ordinal);
        Assert.Empty(officer.Driver.FindElements(By.Id("create-root-form")));

        officer.GoTo($"/units/{own.Id}");
        Assert.StartsWith("Xã Của Mình", officer.Driver.FindElement(By.Id("unit-name")).Text, StringComparison.Ordinal);

        officer.GoTo($"/units/{other.Id}");
        Assert.Equal("404", officer.Driver.FindElement(By.Id("error-page")).GetAttribute("data-status"));
        Assert.Contains("Không tìm thấy", officer.BodyText, StringComparison.Ordinal);
        Assert.DoesNotContain("Bên Cạnh", officer.Driver.PageSource, StringComparison.Ordinal);
        Assert.DoesNotContain("XA-BEN-CANH", officer.Driver.PageSource, StringComparison.Ordinal);
        Assert.Empty(officer.Driver.FindElements(By.Id("unit-name")));

        // The parent province is outside an officer's scope too.
        officer.GoTo($"/units/{province.Id}");
        Assert.Equal("404", officer.Driver.FindElement(By.Id("error-page")).GetAttribute("data-status"));
        Assert.DoesNotContain("Phạm Vi", officer.Driver.PageSource, StringComparison.Ordinal);
    }
}
