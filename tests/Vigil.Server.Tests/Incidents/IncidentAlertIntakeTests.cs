using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Domain.Access;
using Vigil.Domain.Incidents;
using Vigil.Server.Features.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Tests.Incidents;

/// <summary>The seam the alerts feature calls: rules open incidents, later alerts about the same computer or indicator join them.</summary>
public sealed class IncidentAlertIntakeTests() : TwoBranchServerTests()
{
    private async Task<IncidentDecision> ApplyAsync(AlertFacts alert)
    {
        await using var scope = Server.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        return await scope.ServiceProvider.GetRequiredService<IncidentAlertIntake>().ApplyAsync(alert, default);
    }

    private AlertFacts Hit(string value, bool block, Guid? computer) => new()
    {
        AlertId = Guid.CreateVersion7(), UnitId = World.A.Id, ComputerId = computer, ComputerName = computer is null ? null : "A-PC7", IndicatorType = "domain",
        IndicatorValue = value, BlockAction = block, FirstSeen = DateTime.UtcNow.AddHours(-1), LastSeen = DateTime.UtcNow, Count = 3, Summary = "proxy.log:812",
    };

    [Fact]
    public async Task A_block_hit_on_a_known_computer_opens_one_incident_and_later_hits_attach_to_it()
    {
        Assert.Equal(IncidentDecisionKind.Nothing, (await ApplyAsync(Hit("alert-only.example", block: false, World.ComputerOfA))).Kind);
        Assert.Equal(IncidentDecisionKind.Nothing, (await ApplyAsync(Hit("evil.example", block: true, computer: null))).Kind);

        var opened = await ApplyAsync(Hit("evil.example", block: true, World.ComputerOfA));
        Assert.Equal(IncidentDecisionKind.Open, opened.Kind);
        Assert.Equal("block-hit-on-known-computer", opened.RuleName);
        Assert.NotNull(opened.IncidentId);

        // Same computer, another indicator (even alert-only): attached, not a second incident; same indicator without a computer too.
        var again = await ApplyAsync(Hit("second.example", block: false, World.ComputerOfA));
        Assert.Equal(new IncidentDecision(IncidentDecisionKind.Attach, opened.IncidentId), again);
        Assert.Equal(opened.IncidentId, (await ApplyAsync(Hit("evil.example", block: true, computer: null))).IncidentId);

        var (incidents, alerts, assets) = await Server.WithSystemDbAsync(async db => (
            await db.Incidents.CountAsync(i => i.UnitId == World.A.Id),
            await db.IncidentTimeline.CountAsync(t => t.IncidentId == opened.IncidentId && t.Kind == IncidentTimelineKind.Alert),
            await db.IncidentAssets.Where(a => a.IncidentId == opened.IncidentId).OrderBy(a => a.Label).Select(a => a.Label).ToListAsync()));
        Assert.Equal(1, incidents);
        Assert.Equal(3, alerts);
        Assert.Equal(["A-PC7", "evil.example", "second.example"], assets);

        // Once closed, a new hit opens a new incident.
        await Server.WithSystemDbAsync(async db =>
        {
            var incident = await db.Incidents.SingleAsync(i => i.Id == opened.IncidentId);
            incident.Status = IncidentStatus.Closed;
            return await db.SaveChangesAsync();
        });
        var reopened = await ApplyAsync(Hit("evil.example", block: true, World.ComputerOfA));
        Assert.Equal(IncidentDecisionKind.Open, reopened.Kind);
        Assert.NotEqual(opened.IncidentId, reopened.IncidentId);
    }

    [Fact]
    public async Task Other_features_append_steps_to_the_timeline_only_within_their_scope()
    {
        var opened = await ApplyAsync(Hit("c2.example", block: true, World.ComputerOfA));
        await using (var scope = Server.App.Services.CreateAsyncScope())
        {
            scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
            var timeline = scope.ServiceProvider.GetRequiredService<IncidentTimeline>();
            Assert.True(await timeline.AppendAsync(opened.IncidentId!.Value, IncidentTimelineKind.Action, "isolation applied", Guid.CreateVersion7()));
        }

        await using (var scope = Server.App.Services.CreateAsyncScope())
        {
            // An agent of unit A cannot touch B's incident.
            scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.ForAgent(World.AgentA.Id, World.A.Id);
            var timeline = scope.ServiceProvider.GetRequiredService<IncidentTimeline>();
            Assert.False(await timeline.AppendAsync(World.IncidentOfB, IncidentTimelineKind.Action, "isolation applied"));
        }

        var actions = await Server.WithSystemDbAsync(db => db.IncidentTimeline.Where(t => t.Kind == IncidentTimelineKind.Action).Select(t => t.IncidentId).ToListAsync());
        Assert.Equal([opened.IncidentId!.Value], actions);
    }
}
