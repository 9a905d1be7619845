namespace Vigil.Server.Features.Incidents;

/// <summary>The query of <c>GET /incidents/{id}/reports/{form}</c>: format and letterhead; every field has a default.</summary>
/// <param name="Format">docx (default) or pdf.</param>
/// <param name="Sequence">The registry number; empty for a draft.</param>
/// <param name="Symbol">Default "BC-" and the unit's code.</param>
/// <param name="Place">Default the unit's name.</param>
/// <param name="SignerTitle">Default "THỦ TRƯỞNG ĐƠN VỊ".</param>
/// <param name="SignerName">Default the reporter.</param>
public sealed record IncidentReportRequest(string? Format, int? Sequence, string? Symbol, string? Place, DateOnly? Date, string? SignerTitle, string? SignerName);
