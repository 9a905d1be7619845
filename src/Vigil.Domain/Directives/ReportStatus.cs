namespace Vigil.Domain.Directives;

/// <summary>
/// Where a unit's report stands. "Late" is not a status: it is derived (not submitted when the deadline passed), so the
/// board shows it without a job having to flip rows at the deadline.
/// </summary>
public enum ReportStatus
{
    NotStarted = 0,
    Draft = 1,
    /// <summary>A frozen version exists and is the current one.</summary>
    Submitted = 2,
    /// <summary>The coordinator sent a submitted report back; the unit edits and submits a new version.</summary>
    Reopened = 3,
}
