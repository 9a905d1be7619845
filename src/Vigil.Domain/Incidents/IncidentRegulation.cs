namespace Vigil.Domain.Incidents;

/// <summary>
/// A reporting rule in force between two dates: how many days after detection the initial report is due, to whom it
/// goes and which form version is printed. Data, not code: sites add a row when the law or the authority changes.
/// </summary>
public sealed record IncidentRegulation
{
    public string Id { get; init; } = "";

    /// <summary>The legal basis as printed, e.g. "Thông tư 20/2017/TT-BTTTT, Điều 11".</summary>
    public string Basis { get; init; } = "";

    /// <summary>First local day of detection the rule applies to.</summary>
    public DateOnly EffectiveFrom { get; init; }

    /// <summary>Last local day it applies to; null while in force.</summary>
    public DateOnly? EffectiveTo { get; init; }

    public int InitialReportDays { get; init; } = 5;

    /// <summary>Hours before the deadline at which the incident counts as approaching it.</summary>
    public int WarnHoursBefore { get; init; } = 48;

    /// <summary>The authority the reports are addressed to ("Kính gửi").</summary>
    public string RecipientAuthority { get; init; } = "";

    public string FormVersion { get; init; } = "";

    /// <summary>Where the rule comes from, for the operator who has to check it.</summary>
    public string Source { get; init; } = "";

    public bool AppliesOn(DateOnly day) => day >= EffectiveFrom && (EffectiveTo is null || day <= EffectiveTo);
}
