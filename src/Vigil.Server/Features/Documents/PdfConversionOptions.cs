namespace Vigil.Server.Features.Documents;

/// <summary>Converting documents to PDF with LibreOffice. Section <c>Vigil:Documents:Pdf</c>.</summary>
public sealed class PdfConversionOptions
{
    public const string SectionName = "Vigil:Documents:Pdf";

    /// <summary>
    /// The soffice program: a bare name looked up on PATH, or a full path. Default "soffice" (Debian's
    /// libreoffice-writer-nogui puts it in /usr/bin).
    /// </summary>
    public string SofficePath { get; set; } = "soffice";

    /// <summary>Longest one conversion may take before its process tree is killed. Default 2 minutes.</summary>
    public TimeSpan Timeout { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>
    /// Conversions run at once; more wait their turn. Each soffice takes about 200 MB and a core while it
    /// runs. Default 2.
    /// </summary>
    public int MaxConcurrentConversions { get; set; } = 2;

    /// <summary>Where each conversion gets its private folder (input, output, LibreOffice profile). Default: the system's temp folder.</summary>
    public string? WorkDirectory { get; set; }
}
