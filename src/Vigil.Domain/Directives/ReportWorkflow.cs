using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>
/// The report status machine: not started → draft → submitted → (reopened by the coordinator → draft edits) → submitted.
/// Pure: it decides, the caller stores.
/// </summary>
public static class ReportWorkflow
{
    /// <summary>Saving figures or notes: allowed until submitted; a reopened report stays reopened until resubmitted.</summary>
    public static Result<ReportStatus> SaveDraft(ReportStatus current) => current switch
    {
        ReportStatus.NotStarted or ReportStatus.Draft => ReportStatus.Draft,
        ReportStatus.Reopened => ReportStatus.Reopened,
        _ => Error.Conflict("report.submitted", "The report is submitted; ask the coordinator to reopen it to change it."),
    };

    public static Result<ReportStatus> Submit(ReportStatus current) => current switch
    {
        ReportStatus.NotStarted or ReportStatus.Draft or ReportStatus.Reopened => ReportStatus.Submitted,
        _ => Error.Conflict("report.submitted", "The report is already submitted."),
    };

    public static Result<ReportStatus> Reopen(ReportStatus current) => current switch
    {
        ReportStatus.Submitted => ReportStatus.Reopened,
        _ => Error.Conflict("report.not_submitted", "Only a submitted report can be reopened."),
    };

    /// <summary>Late: the deadline has passed and the current state is not a submission.</summary>
    public static bool IsLate(ReportStatus status, DateTime deadlineUtc, DateTime nowUtc) =>
        status != ReportStatus.Submitted && nowUtc >= deadlineUtc;

    public static BoardStatus OnBoard(ReportStatus status, DateTime deadlineUtc, DateTime nowUtc) =>
        IsLate(status, deadlineUtc, nowUtc) ? BoardStatus.Late : status switch
        {
            ReportStatus.Draft => BoardStatus.Draft,
            ReportStatus.Submitted => BoardStatus.Submitted,
            ReportStatus.Reopened => BoardStatus.Reopened,
            _ => BoardStatus.NotStarted,
        };
}
