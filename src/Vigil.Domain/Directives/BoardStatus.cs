namespace Vigil.Domain.Directives;

/// <summary>What the coordinator's board shows for a report: its status, or Late when the deadline passed without a submission.</summary>
public enum BoardStatus
{
    NotStarted,
    Draft,
    Submitted,
    Reopened,
    Late,
}
