using Vigil.Domain.Incidents;

namespace Vigil.Domain.Tests.Incidents;

public sealed class IncidentWorkflowTests
{
    [Theory]
    [InlineData(IncidentStatus.New, IncidentStatus.Investigating, true)]
    [InlineData(IncidentStatus.New, IncidentStatus.Closed, true)]
    [InlineData(IncidentStatus.New, IncidentStatus.Contained, false)]
    [InlineData(IncidentStatus.Investigating, IncidentStatus.Contained, true)]
    [InlineData(IncidentStatus.Investigating, IncidentStatus.Eradicated, false)]
    [InlineData(IncidentStatus.Contained, IncidentStatus.Eradicated, true)]
    [InlineData(IncidentStatus.Contained, IncidentStatus.Investigating, true)]
    [InlineData(IncidentStatus.Contained, IncidentStatus.Closed, false)]
    [InlineData(IncidentStatus.Eradicated, IncidentStatus.Closed, true)]
    [InlineData(IncidentStatus.Closed, IncidentStatus.Investigating, true)]
    [InlineData(IncidentStatus.Closed, IncidentStatus.New, false)]
    [InlineData(IncidentStatus.Investigating, IncidentStatus.Investigating, false)]
    public void Steps(IncidentStatus from, IncidentStatus to, bool allowed) => Assert.Equal(allowed, IncidentWorkflow.CanMove(from, to));

    [Fact]
    public void Every_status_can_leave_and_closed_is_reachable_from_new()
    {
        foreach (var status in Enum.GetValues<IncidentStatus>())
        {
            Assert.NotEmpty(IncidentWorkflow.Next(status));
        }

        Assert.False(IncidentWorkflow.IsOpen(IncidentStatus.Closed));
        Assert.True(IncidentWorkflow.IsOpen(IncidentStatus.Eradicated));
    }
}
