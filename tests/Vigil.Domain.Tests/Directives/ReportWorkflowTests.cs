using Vigil.Domain.Directives;

namespace Vigil.Domain.Tests.Directives;

public sealed class ReportWorkflowTests
{
    private static readonly DateTime s_deadline = new(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void NotStarted_Draft_Submitted_Reopened_Submitted()
    {
        var status = ReportStatus.NotStarted;
        status = ReportWorkflow.SaveDraft(status).Value;
        Assert.Equal(ReportStatus.Draft, status);
        status = ReportWorkflow.Submit(status).Value;
        Assert.Equal(ReportStatus.Submitted, status);
        status = ReportWorkflow.Reopen(status).Value;
        Assert.Equal(ReportStatus.Reopened, status);
        Assert.Equal(ReportStatus.Reopened, ReportWorkflow.SaveDraft(status).Value);
        Assert.Equal(ReportStatus.Submitted, ReportWorkflow.Submit(status).Value);
    }

    [Fact]
    public void Submitted_CannotBeEditedOrSubmittedAgain()
    {
        Assert.Equal("report.submitted", ReportWorkflow.SaveDraft(ReportStatus.Submitted).Error!.Code);
        Assert.Equal("report.submitted", ReportWorkflow.Submit(ReportStatus.Submitted).Error!.Code);
    }

    [Theory]
    [InlineData(ReportStatus.NotStarted)]
    [InlineData(ReportStatus.Draft)]
    [InlineData(ReportStatus.Reopened)]
    public void OnlySubmittedReportsReopen(ReportStatus status)
    {
        Assert.Equal("report.not_submitted", ReportWorkflow.Reopen(status).Error!.Code);
    }

    [Fact]
    public void LateIsNotSubmittedAtTheDeadline()
    {
        var before = s_deadline.AddSeconds(-1);
        Assert.Equal(BoardStatus.Draft, ReportWorkflow.OnBoard(ReportStatus.Draft, s_deadline, before));
        Assert.Equal(BoardStatus.Late, ReportWorkflow.OnBoard(ReportStatus.Draft, s_deadline, s_deadline));
        Assert.Equal(BoardStatus.Late, ReportWorkflow.OnBoard(ReportStatus.NotStarted, s_deadline, s_deadline.AddDays(1)));
        Assert.Equal(BoardStatus.Late, ReportWorkflow.OnBoard(ReportStatus.Reopened, s_deadline, s_deadline.AddDays(1)));
        Assert.Equal(BoardStatus.Submitted, ReportWorkflow.OnBoard(ReportStatus.Submitted, s_deadline, s_deadline.AddDays(1)));
        Assert.Equal(BoardStatus.Reopened, ReportWorkflow.OnBoard(ReportStatus.Reopened, s_deadline, before));
    }
}
