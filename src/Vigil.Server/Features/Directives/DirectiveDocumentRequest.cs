namespace Vigil.Server.Features.Directives;

/// <summary>
/// The query of <c>GET /directives/{id}/document</c>: the format and what the reporting office puts on its report.
/// Every field has a default from the directive and its target unit except the signer's title and name.
/// </summary>
/// <param name="Format">docx (default) or pdf.</param>
/// <param name="Sequence">The registry number; empty for a draft, which leaves a blank before the symbol.</param>
/// <param name="Symbol">Default "BC-" and the target unit's code.</param>
/// <param name="SignerCapacity">TM, KT, TL or TUQ; empty when the head signs in person.</param>
/// <param name="Distribution">"Nơi nhận" after "Như trên", one per line.</param>
public sealed record DirectiveDocumentRequest(
    string? Format,
    int? Sequence,
    string? Symbol,
    string? IssuingBody,
    string? ParentBody,
    string? Place,
    DateOnly? Date,
    string? SignerCapacity,
    string? SignerOf,
    string? SignerTitle,
    string? SignerName,
    string? Distribution);
