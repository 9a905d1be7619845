using OpenQA.Selenium;

namespace Vigil.Browser.Tests;

public sealed class OrganisationTreeTests(VigilServerFixture server) : IClassFixture<VigilServerFixture>
{
    [Fact]
    public void Administrator_builds_renames_moves_and_filters_the_tree()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        browser.GoTo("/units");

        var province = CreateRoot(browser, "hp-test", "Tỉnh Hải Phòng Thử", "Province");
        Assert.Equal($"/units/{province}", browser.CurrentPath);
        Assert.StartsWith("Tỉnh Hải Phòng Thử", browser.Driver.FindElement(By.Id("unit-name")).Text, StringComparison.Ordinal);
        Assert.Equal("HP-TEST", browser.Driver.FindElement(By.CssSelector("#unit-name .code")).Text); // codes are upper-cased

        var anLao = AddChild(browser, "XA-AN-LAO", "Xã An Lão", "Commune");
        Assert.Equal(["Cơ cấu tổ chức", "Tỉnh Hải Phòng Thử"], Crumbs(browser));
        var school = AddChild(browser, "TH-AN-LAO", "Trường Tiểu học An Lão", "School");
        Assert.Equal(["Cơ cấu tổ chức", "Tỉnh Hải Phòng Thử", "Xã An Lão"], Crumbs(browser));
        browser.GoTo($"/units/{province}");
        var tienLang = AddChild(browser, "XA-TIEN-LANG", "Xã Tiên Lãng", "Commune");

        browser.GoTo("/units");
        Assert.Equal(
            [("HP-TEST", 0), ("XA-AN-LAO", 1), ("TH-AN-LAO", 2), ("XA-TIEN-LANG", 1)],
            TreeRows(browser));
        var schoolRow = browser.Driver.FindElement(By.CssSelector("#unit-tree li[data-code='TH-AN-LAO']"));
        Assert.Equal("Trường học", schoolRow.FindElement(By.CssSelector(".tag")).Text);
        Assert.True(IndentOf(browser, "TH-AN-LAO") > IndentOf(browser, "XA-AN-LAO"), "a child is drawn indented under its parent");
        Assert.True(IndentOf(browser, "XA-AN-LAO") > IndentOf(browser, "HP-TEST"), "a child is drawn indented under its parent");

        // Rename the school.
        browser.GoTo($"/units/{school}");
        var edit = browser.Driver.FindElement(By.Id("edit-unit-form"));
        Browser.Fill(edit, "Edit.Name", "Trường Tiểu học Lê Lợi");
        browser.SubmitForm("edit-unit-form");
        Assert.Equal("Đã lưu thông tin đơn vị.", browser.Success);
        Assert.StartsWith("Trường Tiểu học Lê Lợi", browser.Driver.FindElement(By.Id("unit-name")).Text, StringComparison.Ordinal);
        Assert.Equal("Trường Tiểu học Lê Lợi", browser.Driver.FindElement(By.CssSelector("#edit-unit-form [name='Edit.Name']")).GetDomProperty("value"));

        // Move it to the other commune.
        var move = browser.Driver.FindElement(By.Id("move-form"));
        Browser.Choose(move, "NewParentId", tienLang.ToString());
        browser.SubmitForm("move-form");
        Assert.Equal("Đã chuyển đơn vị và các đơn vị trực thuộc.", browser.Success);
        Assert.Equal(["Cơ cấu tổ chức", "Tỉnh Hải Phòng Thử", "Xã Tiên Lãng"], Crumbs(browser));
        Assert.Equal(tienLang.ToString(), browser.Driver.FindElement(By.CssSelector("#NewParentId option:checked")).GetDomAttribute("value"));

        browser.GoTo("/units");
        Assert.Equal(
            [("HP-TEST", 0), ("XA-AN-LAO", 1), ("XA-TIEN-LANG", 1), ("TH-AN-LAO", 2)],
            TreeRows(browser));
        Assert.Equal("Trường Tiểu học Lê Lợi", browser.Driver.FindElement(By.CssSelector("#unit-tree li[data-code='TH-AN-LAO'] a")).Text);
        browser.GoTo($"/units/{anLao}");
        Assert.Empty(browser.Driver.FindElements(By.LinkText("Trường Tiểu học Lê Lợi")));
        browser.GoTo($"/units/{tienLang}");
        Assert.NotEmpty(browser.Driver.FindElements(By.LinkText("Trường Tiểu học Lê Lợi")));

        // Filtering: accents and đ are folded, the code matches too, and clearing shows everything again.
        browser.GoTo("/units");
        var filter = browser.Driver.FindElement(By.Id("unit-filter"));
        filter.SendKeys("tien lang");
        browser.WaitUntil(_ => VisibleCodes(browser).SequenceEqual(["XA-TIEN-LANG"]), "filter by a name without accents");
        filter.Clear();
        filter.SendKeys("LÊ LỢI");
        browser.WaitUntil(_ => VisibleCodes(browser).SequenceEqual(["TH-AN-LAO"]), "filter by a name in capitals");
        filter.Clear();
        filter.SendKeys("xa-an");
        browser.WaitUntil(_ => VisibleCodes(browser).SequenceEqual(["XA-AN-LAO"]), "filter by code");
        filter.Clear();
        filter.SendKeys("khong co don vi nao");
        browser.WaitUntil(_ => VisibleCodes(browser).Count == 0, "nothing matches");
        filter.SendKeys(Keys.Control + "a");
        filter.SendKeys(Keys.Backspace);
        browser.WaitUntil(_ => VisibleCodes(browser).Count == 4, "an empty filter shows every row");
    }

    [Fact]
    public void Invalid_unit_code_is_reported_precisely_and_creates_nothing()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        browser.GoTo("/units");
        var before = TreeRows(browser);

        var form = browser.Driver.FindElement(By.Id("create-root-form"));
        Browser.Fill(form, "NewRoot.Code", "MA CO DAU CACH");
        Browser.Fill(form, "NewRoot.Name", "Đơn vị sai mã");
        browser.SubmitForm("create-root-form");

        Assert.Equal("/units", browser.CurrentPath);
        var error = Assert.Single(browser.Errors);
        Assert.Contains("Mã đơn vị chứa ký tự không hợp lệ.", error, StringComparison.Ordinal);
        Assert.Contains("'MA CO DAU CACH' contains ' '", error, StringComparison.Ordinal);
        // What was typed is kept so it can be corrected.
        Assert.Equal("Đơn vị sai mã", browser.Driver.FindElement(By.CssSelector("#create-root-form [name='NewRoot.Name']")).GetDomProperty("value"));

        browser.GoTo("/units");
        Assert.Equal(before, TreeRows(browser));
        Assert.DoesNotContain("Đơn vị sai mã", browser.Driver.FindElement(By.Id("unit-tree")).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_code_on_a_sub_unit_is_refused_and_the_form_keeps_the_input()
    {
        using var browser = new Browser(server);
        browser.SignInAsAdmin();
        browser.GoTo("/units");
        var root = CreateRoot(browser, "DUP-ROOT", "Tỉnh Trùng Mã", "Province");

        var form = browser.Driver.FindElement(By.Id("add-child-form"));
        Browser.Fill(form, "Child.Code", "dup-root");
        Browser.Fill(form, "Child.Name", "Xã Trùng Mã");
        browser.SubmitForm("add-child-form");

        Assert.Equal($"/units/{root}", browser.CurrentPath);
        Assert.Contains("Mã đơn vị đã được dùng.", Assert.Single(browser.Errors), StringComparison.Ordinal);
        Assert.Equal("Xã Trùng Mã", browser.Driver.FindElement(By.CssSelector("#add-child-form [name='Child.Name']")).GetDomProperty("value"));
        Assert.Empty(browser.Driver.FindElements(By.LinkText("Xã Trùng Mã")));
    }

    private static Guid CreateRoot(Browser browser, string code, string name, string kind)
    {
        var form = browser.Driver.FindElement(By.Id("create-root-form"));
        Browser.Fill(form, "NewRoot.Code", code);
        Browser.Fill(form, "NewRoot.Name", name);
        Browser.Choose(form, "NewRoot.Kind", kind);
        browser.SubmitForm("create-root-form");
        Assert.Empty(browser.Errors);
        return UnitIdInAddress(browser);
    }

    private static Guid AddChild(Browser browser, string code, string name, string kind)
    {
        var parent = UnitIdInAddress(browser);
        var form = browser.Driver.FindElement(By.Id("add-child-form"));
        Browser.Fill(form, "Child.Code", code);
        Browser.Fill(form, "Child.Name", name);
        Browser.Choose(form, "Child.Kind", kind);
        browser.SubmitForm("add-child-form");
        Assert.Empty(browser.Errors);
        var child = UnitIdInAddress(browser);
        Assert.NotEqual(parent, child);
        Assert.StartsWith(name, browser.Driver.FindElement(By.Id("unit-name")).Text, StringComparison.Ordinal);
        return child;
    }

    private static Guid UnitIdInAddress(Browser browser)
    {
        var path = browser.CurrentPath;
        Assert.StartsWith("/units/", path, StringComparison.Ordinal);
        return Guid.Parse(path["/units/".Length..]);
    }

    private static List<string> Crumbs(Browser browser) =>
        [.. browser.Driver.FindElements(By.CssSelector(".crumbs a")).Select(a => a.Text)];

    private static List<(string Code, int Depth)> TreeRows(Browser browser) =>
        [.. browser.Driver.FindElements(By.CssSelector("#unit-tree li")).Select(li =>
            (li.GetDomAttribute("data-code") ?? "", int.Parse(((string)browser.Script("return getComputedStyle(arguments[0]).getPropertyValue('--depth')", li)!).Trim())))];

    private static double IndentOf(Browser browser, string code) =>
        Convert.ToDouble(browser.Script(
            "var li = document.querySelector(\"#unit-tree li[data-code='\" + arguments[0] + \"']\"); return li.querySelector('a').getBoundingClientRect().left;", code));

    private static List<string> VisibleCodes(Browser browser) =>
        [.. browser.Driver.FindElements(By.CssSelector("#unit-tree li")).Where(li => li.Displayed).Select(li => li.GetDomAttribute("data-code") ?? "")];
}
