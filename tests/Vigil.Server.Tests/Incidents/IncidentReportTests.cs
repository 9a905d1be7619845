using System.Net;
using System.Net.Http.Json;
using DocumentFormat.OpenXml.Packaging;
using Vigil.Contracts.V1;
using Vigil.Server.Tests.Documents;

namespace Vigil.Server.Tests.Incidents;

/// <summary>Mẫu 03 and Mẫu 04 filled from an incident: DOCX from the shared writer, PDF from the real LibreOffice.</summary>
public sealed class IncidentReportTests() : TwoBranchServerTests()
{
    private async Task<IncidentDto> IncidentAsync(HttpClient api)
    {
        var created = await api.PostAsJsonAsync("/api/v1/incidents", new IncidentCreateDto(
            World.A.Id, "Mã độc WannaCry trên máy A-PC7", "Máy A-PC7 kết nối tới máy chủ điều khiển của WannaCry", "Critical",
            new DateTime(2025, 3, 3, 2, 15, 0, DateTimeKind.Utc), "Rà soát nhật ký tường lửa bằng Vigil", "Một máy tính ngừng làm việc nửa ngày",
            "Mạng nội bộ UBND xã A", "UBND xã A", "Đội ứng cứu sự cố tỉnh", "Cô lập máy A-PC7, quét lại toàn bộ mạng", "Lò Văn B",
            "0215 3 812 345, cntt@a.example", [World.ComputerOfA], null, null));
        Assert.True(created.StatusCode == HttpStatusCode.OK, await created.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<IncidentDto>(created);
    }

    private static string DocxText(byte[] bytes)
    {
        using var word = WordprocessingDocument.Open(new MemoryStream(bytes), false);
        return word.MainDocumentPart!.Document.Body!.InnerText;
    }

    [Fact]
    public async Task The_initial_report_carries_every_field_of_the_form_addressed_to_the_authority_of_the_detection_day()
    {
        using var api = await Server.ApiClientAsync("officer.a");
        var incident = await IncidentAsync(api);
        var response = await api.GetAsync($"/api/v1/incidents/{incident.Id}/reports/initial?sequence=4&symbol=BC-UBND&signerTitle=Chủ+tịch&signerName=Nguyễn+Văn+An&date=2025-03-04");
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType?.MediaType);
        var text = DocxText(await response.Content.ReadAsByteArrayAsync());
        foreach (var expected in new[]
        {
            "BÁO CÁO", "Số: 04/BC-UBND", "Báo cáo ban đầu sự cố: Mã độc WannaCry trên máy A-PC7", "Mẫu 03",
            "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an",
            "Người báo cáo: Lò Văn B", "Thông tin liên hệ: 0215 3 812 345, cntt@a.example",
            "Tên hệ thống: Mạng nội bộ UBND xã A", "Chủ quản hệ thống: UBND xã A", "Tài sản bị ảnh hưởng: A-PC7",
            "Mô tả: Máy A-PC7 kết nối tới máy chủ điều khiển của WannaCry", "Ảnh hưởng: Một máy tính ngừng làm việc nửa ngày",
            "Thời điểm phát hiện: 09:15 ngày 03/03/2025", "Cách thức phát hiện: Rà soát nhật ký tường lửa bằng Vigil",
            "Trạng thái: Mới phát hiện", "Cơ quan, đơn vị đã được thông báo: Đội ứng cứu sự cố tỉnh",
            "Biện pháp: Cô lập máy A-PC7, quét lại toàn bộ mạng", "TÀI LIỆU KÈM THEO", "Nguyễn Văn An",
        })
        {
            Assert.Contains(expected, text, StringComparison.Ordinal);
        }

        var closure = await api.GetAsync($"/api/v1/incidents/{incident.Id}/reports/closure");
        Assert.Equal(HttpStatusCode.Conflict, closure.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await api.GetAsync($"/api/v1/incidents/{incident.Id}/reports/mau-99")).StatusCode);
    }

    [Fact]
    public async Task The_closure_report_adds_the_timeline_and_prints_as_pdf()
    {
        using var api = await Server.ApiClientAsync("officer.a");
        var incident = await IncidentAsync(api);
        foreach (var status in new[] { "Investigating", "Contained", "Eradicated", "Closed" })
        {
            Assert.Equal(HttpStatusCode.OK, (await api.PostAsJsonAsync($"/api/v1/incidents/{incident.Id}/transition", new IncidentTransitionDto(status, null))).StatusCode);
        }

        var docx = await api.GetAsync($"/api/v1/incidents/{incident.Id}/reports/closure");
        Assert.Equal(HttpStatusCode.OK, docx.StatusCode);
        var text = DocxText(await docx.Content.ReadAsByteArrayAsync());
        Assert.Contains("Báo cáo kết thúc ứng phó sự cố", text, StringComparison.Ordinal);
        Assert.Contains("Trạng thái: Đã kết thúc xử lý", text, StringComparison.Ordinal);
        Assert.Contains("DIỄN BIẾN XỬ LÝ", text, StringComparison.Ordinal);
        Assert.Contains("Chuyển trạng thái: Eradicated → Closed", text, StringComparison.Ordinal);

        var pdf = await api.GetAsync($"/api/v1/incidents/{incident.Id}/reports/closure?format=pdf&signerName=Nguyễn+Văn+An");
        Assert.True(pdf.StatusCode == HttpStatusCode.OK, await pdf.Content.ReadAsStringAsync());
        Assert.Equal("application/pdf", pdf.Content.Headers.ContentType?.MediaType);
        var printed = PdfTools.Flatten(await PdfTools.TextAsync(await pdf.Content.ReadAsByteArrayAsync(), layout: false));
        Assert.Contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", printed, StringComparison.Ordinal);
        Assert.Contains("Mẫu 04", printed, StringComparison.Ordinal);
        Assert.Contains("Nguyễn Văn An", printed, StringComparison.Ordinal);
        Assert.Contains("A05", printed, StringComparison.Ordinal);
    }
}
