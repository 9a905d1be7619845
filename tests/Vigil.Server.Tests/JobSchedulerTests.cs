using Microsoft.EntityFrameworkCore;
using Vigil.Server.Features.Jobs;

namespace Vigil.Server.Tests;

/// <summary>Recurring jobs on SQLite: occurrences on the grid, each recorded once with its finish time.</summary>
public sealed class JobSchedulerTests
{
    [Fact]
    public async Task Job_RunsOncePerOccurrence_AndRecordsItsEnd()
    {
        await using var server = await TestServer.StartAsync("--Jobs:Enabled=true", "--Jobs:PollInterval=00:00:00.100", "--Jobs:Intervals:prune-job-history=00:00:01");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        List<Domain.Jobs.JobRun> runs = [];
        while (DateTime.UtcNow < deadline)
        {
            // Other jobs (6-hour intervals) run once at start too; this test follows the one with a 1-second interval.
            runs = await server.WithSystemDbAsync(db => db.JobRuns.AsNoTracking().Where(r => r.FinishedAt != null && r.JobName == "prune-job-history").ToListAsync());
            if (runs.Count >= 3)
            {
                break;
            }

            await Task.Delay(200);
        }

        Assert.True(runs.Count >= 3, $"only {runs.Count} finished runs in 30 s");
        Assert.All(runs, r => Assert.Equal("prune-job-history", r.JobName));
        Assert.All(runs, r => Assert.Equal(0, r.DueAt.Ticks % TimeSpan.TicksPerSecond));
        Assert.All(runs, r => Assert.Null(r.Error));
        Assert.Equal(runs.Count, runs.Select(r => r.DueAt).Distinct().Count());
    }

    [Fact]
    public void Slot_IsTheStartOfTheIntervalContainingNow()
    {
        var now = new DateTime(2026, 11, 21, 10, 17, 42, 500, DateTimeKind.Utc);
        Assert.Equal(new DateTime(2026, 11, 21, 10, 15, 0, DateTimeKind.Utc), JobScheduler.SlotOf(now, TimeSpan.FromMinutes(5)));
        Assert.Equal(new DateTime(2026, 11, 21, 6, 0, 0, DateTimeKind.Utc), JobScheduler.SlotOf(now, TimeSpan.FromHours(6)));
    }
}
