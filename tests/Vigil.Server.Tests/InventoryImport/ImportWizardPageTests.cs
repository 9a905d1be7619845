using System.Net;
using System.Text.RegularExpressions;
using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Inventory.Import;

namespace Vigil.Server.Tests.InventoryImport;

/// <summary>The /inventory/import wizard over HTTP as a browser uses it: upload, preview, confirm.</summary>
public sealed partial class ImportWizardPageTests() : TwoBranchServerTests()
{
    private static readonly string[][] Rows = [["A", "PC-WIZ-01", "", "", "", "", "", "Windows 7 Professional", "", "", "", "4", "", "", "", ""]];

    [Fact]
    public async Task Upload_Preview_Confirm_WritesOnlyOnConfirm()
    {
        var browser = await Server.SignedInClientAsync("officer.a", TwoBranchWorld.Password);
        var page = await browser.GetStringAsync("/inventory/import");
        Assert.Contains("template-xlsx", page, StringComparison.Ordinal);
        var template = await browser.GetAsync("/inventory/import?handler=Template&format=xlsx");
        Assert.Equal(InventoryTemplateContentType, template.Content.Headers.ContentType!.MediaType);
        var file = Workbooks.Fill(await template.Content.ReadAsByteArrayAsync(), (InventorySheetNames.Computers, Rows));

        var preview = await UploadAsync(browser, file);
        Assert.Contains("id=\"counts-computers\"><th scope=\"row\">Máy tính</th><td>1</td>", preview, StringComparison.Ordinal);
        var pendingId = PendingId().Match(preview).Groups[1].Value;
        Assert.Equal(22, pendingId.Length);
        Assert.Equal(0, await CountAsync("PC-WIZ-01"));

        // Someone else cannot confirm another person's upload.
        var other = await Server.SignedInClientAsync("coord.a", TwoBranchWorld.Password);
        var refused = await TestServer.PostFormAsync(other, "/inventory/import?handler=Confirm", new() { ["pendingId"] = pendingId }, tokenSourcePath: "/inventory/import");
        Assert.Contains("không còn", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(0, await CountAsync("PC-WIZ-01"));

        var confirmed = await TestServer.PostFormAsync(browser, "/inventory/import?handler=Confirm", new() { ["pendingId"] = pendingId }, tokenSourcePath: "/inventory/import");
        Assert.Equal(HttpStatusCode.OK, confirmed.StatusCode);
        Assert.Contains("Đã nhập tệp kiem-ke.xlsx", await confirmed.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(1, await CountAsync("PC-WIZ-01"));

        // The upload is used once.
        var twice = await TestServer.PostFormAsync(browser, "/inventory/import?handler=Confirm", new() { ["pendingId"] = pendingId }, tokenSourcePath: "/inventory/import");
        Assert.Contains("không còn", await twice.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Errors_AreShownAsATable_InTheChosenLanguage()
    {
        var browser = await Server.SignedInClientAsync("officer.a", TwoBranchWorld.Password);
        var file = Workbooks.Fill(Features.InventoryImport.InventoryTemplate.Xlsx(), (InventorySheetNames.Computers, [["A", "Máy kế toán"]]));
        var page = await UploadAsync(browser, file);
        Assert.Contains("id=\"import-errors\"", page, StringComparison.Ordinal);
        Assert.Contains("<td>B · Tên máy</td>", page, StringComparison.Ordinal);
        Assert.Contains("không hợp lệ", page, StringComparison.Ordinal);
        Assert.DoesNotContain("confirm-form", page, StringComparison.Ordinal);

        await TestServer.PostFormAsync(browser, "/language", new() { ["culture"] = "en-US", ["returnUrl"] = "/inventory/import" }, tokenSourcePath: "/inventory/import");
        var english = await UploadAsync(browser, file);
        Assert.Contains("is not valid", english, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Viewer_SeesNoUploadForm()
    {
        var browser = await Server.SignedInClientAsync("viewer.a", TwoBranchWorld.Password);
        var page = await browser.GetStringAsync("/inventory/import");
        Assert.DoesNotContain("import-form", page, StringComparison.Ordinal);
        Assert.Contains("template-xlsx", page, StringComparison.Ordinal);
    }

    private const string InventoryTemplateContentType = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

    private static async Task<string> UploadAsync(HttpClient browser, byte[] file)
    {
        var page = await browser.GetStringAsync("/inventory/import");
        var token = WebUtility.HtmlDecode(Token().Match(page).Groups[1].Value);
        var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new ByteArrayContent(file), "file", "kiem-ke.xlsx" },
        };
        var response = await browser.PostAsync("/inventory/import?handler=Preview", form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private Task<int> CountAsync(string hostname) => Server.WithSystemDbAsync(db => db.Computers.CountAsync(c => c.Hostname == hostname));

    [GeneratedRegex("name=\"pendingId\" value=\"([^\"]+)\"")]
    private static partial Regex PendingId();

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex Token();
}
