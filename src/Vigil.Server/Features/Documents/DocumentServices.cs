namespace Vigil.Server.Features.Documents;

internal static class DocumentServices
{
    /// <summary>The official-document writer (.docx per Nghị định 30/2020/NĐ-CP) and the LibreOffice PDF converter.</summary>
    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddOptions<PdfConversionOptions>().BindConfiguration(PdfConversionOptions.SectionName)
            .Validate(o => !string.IsNullOrWhiteSpace(o.SofficePath) && o.Timeout > TimeSpan.Zero && o.MaxConcurrentConversions > 0,
                "Vigil:Documents:Pdf: SofficePath must be set, Timeout and MaxConcurrentConversions must be positive.")
            .ValidateOnStart();
        services.AddSingleton<AdministrativeDocxWriter>();
        services.AddSingleton<PdfConverter>();
        return services;
    }
}
