namespace Vigil.Server.Features.Documents;

/// <summary>Stable codes of PDF conversion failures.</summary>
public static class PdfConversionErrors
{
    /// <summary>soffice is not installed or not where the options say.</summary>
    public const string ConverterMissing = "document.pdf_converter_missing";

    /// <summary>soffice ran but produced no PDF.</summary>
    public const string Failed = "document.pdf_conversion_failed";

    /// <summary>soffice did not finish within the timeout and was killed.</summary>
    public const string TimedOut = "document.pdf_conversion_timed_out";

    /// <summary>The input is not a .docx (no zip header).</summary>
    public const string NotDocx = "document.pdf_input_not_docx";
}
