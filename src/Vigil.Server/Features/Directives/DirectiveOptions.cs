namespace Vigil.Server.Features.Directives;

/// <summary>Section <c>Vigil:Directives</c>.</summary>
public sealed class DirectiveOptions
{
    public const string SectionName = "Vigil:Directives";

    /// <summary>The address pages link to in reminder e-mails, e.g. <c>https://vigil.example.gov.vn</c>; none by default.</summary>
    public string? PublicUrl { get; set; }
}
