using Microsoft.Extensions.DependencyInjection;
using Vigil.Server.Features.Documents;

namespace Vigil.Server.Tests.Documents;

/// <summary>The server registers the writer and converter, with the converter's settings bound from configuration.</summary>
public sealed class DocumentServicesTests
{
    [Fact]
    public async Task The_server_provides_the_writer_and_a_converter_configured_from_its_settings()
    {
        await using var server = await TestServer.StartAsync("--Vigil:Documents:Pdf:SofficePath=/opt/missing/soffice");
        var writer = server.App.Services.GetRequiredService<AdministrativeDocxWriter>();
        var converter = server.App.Services.GetRequiredService<PdfConverter>();
        Assert.Same(converter, server.App.Services.GetRequiredService<PdfConverter>());

        var docx = writer.ToDocx(SampleDocuments.Letter());
        Assert.True(docx.IsSuccess, docx.Error?.Message);
        var pdf = await converter.ToPdfAsync(docx.Value!, CancellationToken.None);
        Assert.Equal(PdfConversionErrors.ConverterMissing, pdf.Error!.Code);
        Assert.Contains("/opt/missing/soffice", pdf.Error.Message, StringComparison.Ordinal);
    }
}
