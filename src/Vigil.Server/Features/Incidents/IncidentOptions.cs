using Vigil.Domain.Incidents;

namespace Vigil.Server.Features.Incidents;

/// <summary>Section <c>Vigil:Incidents</c>.</summary>
public sealed class IncidentOptions
{
    public const string SectionName = "Vigil:Incidents";

    /// <summary>Reporting rules by date; empty uses <see cref="IncidentRegulations.Defaults"/>.</summary>
    public List<IncidentRegulation> Regulations { get; set; } = [];

    /// <summary>Rules that open incidents from alerts, first match wins; empty uses <see cref="IncidentRules.Defaults"/>.</summary>
    public List<IncidentRule> Rules { get; set; } = [];

    /// <summary>Where incident files are kept; default <c>&lt;data directory&gt;/files/incidents</c>.</summary>
    public string? FileDirectory { get; set; }

    /// <summary>Largest file accepted, in bytes (default 20 MiB).</summary>
    public long MaxFileBytes { get; set; } = 20 * 1024 * 1024;

    public IReadOnlyList<IncidentRegulation> EffectiveRegulations => Regulations.Count > 0 ? Regulations : IncidentRegulations.Defaults;

    public IReadOnlyList<IncidentRule> EffectiveRules => Rules.Count > 0 ? Rules : IncidentRules.Defaults;
}
