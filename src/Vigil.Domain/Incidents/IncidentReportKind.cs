namespace Vigil.Domain.Incidents;

/// <summary>The two reports of Circular 20/2017/TT-BTTTT an incident produces.</summary>
public enum IncidentReportKind
{
    /// <summary>Mẫu 03: the initial report, due within the regulation's days of detection.</summary>
    Initial,

    /// <summary>Mẫu 04: the report that closes the response.</summary>
    Closure,
}
