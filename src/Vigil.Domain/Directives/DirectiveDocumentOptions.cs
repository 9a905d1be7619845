using Vigil.Domain.Documents;

namespace Vigil.Domain.Directives;

/// <summary>
/// What the reporting office adds to the roll-up to make it its own official report: who issues it, its number, place
/// and date, the signer and the distribution list. Everything else comes from the directive and the submitted figures.
/// </summary>
/// <param name="IssuingBody">The reporting office, e.g. "UBND XÃ AN BÌNH"; by default the directive's target unit.</param>
/// <param name="Distribution">"Nơi nhận" after "Như trên"; the archive line "Lưu: VT" is added when missing.</param>
public sealed record DirectiveDocumentOptions(
    string IssuingBody,
    string ParentBody,
    DocumentNumber Number,
    string Place,
    DateOnly Date,
    SignatureBlock Signature,
    IReadOnlyList<string> Distribution);
