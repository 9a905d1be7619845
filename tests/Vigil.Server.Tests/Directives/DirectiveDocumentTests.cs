using System.Net;
using DocumentFormat.OpenXml.Packaging;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Compliance;
using Vigil.Server.Tests.Documents;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Directives;

/// <summary>The roll-up as an official report: DOCX from the real writer, PDF from the real LibreOffice.</summary>
public sealed class DirectiveDocumentTests
{
    private const string Signer = "signerCapacity=KT&signerOf=Chủ+tịch&signerTitle=Phó+Chủ+tịch&signerName=Nguyễn+Văn+An";

    [Fact]
    public async Task The_coordinator_exports_the_roll_up_as_a_decree_30_report_in_docx_and_pdf()
    {
        await using var host = await ComplianceHost.StartAsync(StorageProvider.Sqlite);
        var w = host.World;
        await host.ReportWindows7ByOcsAsync();
        await host.EvaluateAsync();
        var directive = await DirectiveHost.CreateAsync(host, w.Province.Id, "xp7-cisco", host.Local(3));
        var path = $"/api/v1/directives/{directive.Id}/reports/{w.A.Id}";
        var measured = (await DirectiveHost.ReportAsync(host, directive.Id, w.A.Id, "officer.a")).Figure("xp7-computers")!.Value;
        var submitted = await DirectiveHost.SendAsync(host, "officer.a", HttpMethod.Post, path + "/submit",
            new ReportWriteDto([new FigureEntryDto("xp7-computers", measured + 3, "Ba máy cá nhân chưa kiểm kê")], null));
        Assert.Equal(HttpStatusCode.OK, submitted.StatusCode);

        var coordinator = await host.Server.ApiClientAsync("coord.p");
        var docx = await coordinator.GetAsync($"/api/v1/directives/{directive.Id}/document?format=docx&sequence=7&symbol=BC-UBND&place=Lào+Cai&{Signer}");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", docx.Content.Headers.ContentType?.MediaType);
        var bytes = await docx.Content.ReadAsByteArrayAsync();
        using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), false))
        {
            var text = word.MainDocumentPart!.Document.Body!.InnerText;
            Assert.Contains("BÁO CÁO", text, StringComparison.Ordinal);
            Assert.Contains("Số: 07/BC-UBND", text, StringComparison.Ordinal);
            Assert.Contains($"Kết quả thực hiện Công văn số {directive.Number}", text, StringComparison.Ordinal);
            Assert.Contains(w.A.Name, text, StringComparison.Ordinal);
            Assert.Contains("Tổng cộng", text, StringComparison.Ordinal);
            Assert.Contains($"báo cáo {measured + 3}, hệ thống ghi nhận {measured} (giải trình: Ba máy cá nhân chưa kiểm kê)", text, StringComparison.Ordinal);
            Assert.Contains("Đơn vị chưa nộp báo cáo: ", text, StringComparison.Ordinal);
            Assert.Contains("Nguyễn Văn An", text, StringComparison.Ordinal);
        }

        var pdf = await coordinator.GetAsync($"/api/v1/directives/{directive.Id}/document?format=pdf&{Signer}");
        Assert.Equal(HttpStatusCode.OK, pdf.StatusCode);
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var pdfBytes = await pdf.Content.ReadAsByteArrayAsync();
        var (pages, width, height) = await PdfTools.InfoAsync(pdfBytes);
        Assert.True(pages >= 1);
        Assert.Equal((595, 842), ((int)Math.Round(width), (int)Math.Round(height)));
        var printed = PdfTools.Flatten(await PdfTools.TextAsync(pdfBytes, layout: false));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", printed, StringComparison.Ordinal);
        Assert.Contains("KT. CHỦ TỊCH", printed, StringComparison.Ordinal);
        Assert.Contains("PHÓ CHỦ TỊCH", printed, StringComparison.Ordinal);
        Assert.Contains(w.A.Name, printed, StringComparison.Ordinal);
        Assert.Contains("Nơi nhận", printed, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_report_without_signer_or_with_a_bad_capacity_is_refused_and_a_unit_officer_cannot_export()
    {
        await using var host = await ComplianceHost.StartAsync(StorageProvider.Sqlite);
        var directive = await DirectiveHost.CreateAsync(host, host.World.Province.Id, "xp7-cisco", host.Local(3));
        var coordinator = await host.Server.ApiClientAsync("coord.p");
        var unsigned = await coordinator.GetAsync($"/api/v1/directives/{directive.Id}/document?format=docx&signerTitle=Chủ+tịch");
        await ApiTests.AssertProblemAsync(unsigned, HttpStatusCode.BadRequest, "document.signer_name_missing");
        var capacity = await coordinator.GetAsync($"/api/v1/directives/{directive.Id}/document?signerCapacity=XYZ&signerTitle=A&signerName=B");
        await ApiTests.AssertProblemAsync(capacity, HttpStatusCode.BadRequest, "directive.document_capacity_invalid", "signerCapacity");
        var format = await coordinator.GetAsync($"/api/v1/directives/{directive.Id}/document?format=odt&{Signer}");
        await ApiTests.AssertProblemAsync(format, HttpStatusCode.BadRequest, "directive.document_format_invalid", "format");

        // The directive addresses the officer's unit, so it is not hidden from them; its roll-up is the coordinators'.
        var officer = await host.Server.ApiClientAsync("officer.a");
        var aggregate = await officer.GetAsync($"/api/v1/directives/{directive.Id}/aggregate");
        Assert.Equal(HttpStatusCode.Forbidden, aggregate.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.GetAsync($"/api/v1/directives/{directive.Id}/document?{Signer}")).StatusCode);
    }
}
