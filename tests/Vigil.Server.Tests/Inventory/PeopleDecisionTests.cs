using Vigil.Domain.Compliance;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts.V1;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;
using static Vigil.Server.Tests.Inventory.IngestWorld;

namespace Vigil.Server.Tests.Inventory;

/// <summary>What people decide about computers: which source to believe, where a machine belongs, who owns it, and the unassigned queue.</summary>
public class PeopleDecisionTests
{
    private static readonly InventorySnapshot SheetWin7 = new()
    {
        Hostname = "KT-PC01", SerialNumber = "CZC1234XYZ", Owner = "Nguyễn Văn An", IsPersonal = false,
        Os = new OsInfo { Family = OsFamily.Windows, Name = "Windows 7" },
    };

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task A_chosen_source_is_pinned_and_a_later_report_neither_flips_the_fact_nor_reopens_the_conflict(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0, SheetWin7, UnitHint: "XA-01"));
        var pc = (await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-7", T0.AddDays(1), Win10(), UnitId: world.UnitA))).ComputerId!.Value;
        Guid conflictId;
        await using (var db = world.Db())
        {
            conflictId = (await db.ComputerConflicts.SingleAsync(c => c.ResolvedAt == null)).Id;
            Assert.Equal("Windows 10", (await db.Computers.SingleAsync()).OsRelease);
        }

        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            var wrong = await new ConflictService(db, TimeProvider.System).ResolveAsync(pc, conflictId, "scan", default);
            Assert.Equal("conflict.choice_invalid", wrong.Error!.Code);
            var result = await new ConflictService(db, TimeProvider.System).ResolveAsync(pc, conflictId, "import", default);
            Assert.True(result.IsSuccess, result.Error?.Message);
        }

        await using (var db = world.Db())
        {
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(("Windows 7", "os=import", 0), (computer.OsRelease, computer.Pins, computer.OpenConflicts));
            var conflict = await db.ComputerConflicts.SingleAsync();
            Assert.Equal(("officer.a", InventorySource.Import), (conflict.ResolvedBy, conflict.ChosenSource));
            var decision = await db.ComputerChanges.SingleAsync(c => c.Source == InventorySource.Manual);
            Assert.Equal(("os", "Microsoft Windows 10 Pro", "Windows 7 (import)", "officer.a"), (decision.Field, decision.OldValue, decision.NewValue, decision.Actor));
        }

        // The agent reports again with a changed snapshot: resolution runs, the pin holds, nothing reopens.
        var again = await world.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-7", T0.AddDays(2), Win10() with { RamMb = 8192 }, UnitId: world.UnitA));
        Assert.Equal(IngestStatus.Stored, again.Status);
        await using (var db = world.Db())
        {
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(("Windows 7", 8192, 0), (computer.OsRelease, computer.RamMb, computer.OpenConflicts));
            Assert.Equal(0, await db.ComputerConflicts.CountAsync(c => c.ResolvedAt == null));
        }

        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            var twice = await new ConflictService(db, TimeProvider.System).ResolveAsync(pc, conflictId, "agent", default);
            Assert.Equal("conflict.already_resolved", twice.Error!.Code);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Choosing_the_reporting_source_of_a_unit_conflict_moves_the_computer_with_all_its_rows(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        var agentId = Guid.NewGuid();
        var pc = (await world.IngestAsync(new InventoryReport(InventorySource.Agent, agentId.ToString(), T0, Win7Pc(), UnitId: world.UnitA))).ComputerId!.Value;
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "ocs-1", T0.AddHours(1), Win7Pc(), UnitHint: "XB-02"));
        Guid conflictId;
        await using (var db = world.Db())
        {
            conflictId = (await db.ComputerConflicts.SingleAsync(c => c.Field == "unit")).Id;
            db.Agents.Add(new Vigil.Domain.Agents.Agent { Id = agentId, UnitId = world.UnitA, ComputerId = pc, Hostname = "KT-PC01", CredentialHash = new string('a', 64), EnrolledAt = T0 });
            db.AgentCommands.Add(new Vigil.Domain.Agents.AgentCommand { Id = Guid.NewGuid(), AgentId = agentId, UnitId = world.UnitA, Kind = "collect-inventory", CreatedAt = T0 });
            db.ComplianceResults.Add(new ComplianceResult { ComputerId = pc, UnitId = world.UnitA, RuleId = "supported-os", Status = ComplianceStatus.Fail, Reason = "os.unsupported", AsOf = DateOnly.FromDateTime(T0), Since = T0, EvaluatedAt = T0 });
            var item = new RemediationItem { Id = Guid.NewGuid(), ComputerId = pc, UnitId = world.UnitA, RuleId = "supported-os", Kind = RemediationKind.Replace, Status = RemediationStatus.Planned, CreatedAt = T0, CreatedBy = "test", UpdatedAt = T0 };
            db.RemediationItems.Add(item);
            db.RemediationEvents.Add(new RemediationEvent { Id = Guid.NewGuid(), ItemId = item.Id, UnitId = world.UnitA, At = T0, Actor = "test" });
            await db.SaveChangesAsync();
        }

        // An officer of A cannot place it in B.
        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            var refused = await new ConflictService(db, TimeProvider.System).ResolveAsync(pc, conflictId, "ocs", default);
            Assert.Equal("conflict.unit_forbidden", refused.Error!.Code);
        }

        await using (var db = world.As(world.CoordinatorOfBoth(), "coord"))
        {
            var moved = await new ConflictService(db, TimeProvider.System).ResolveAsync(pc, conflictId, "ocs", default);
            Assert.True(moved.IsSuccess, moved.Error?.Message);
        }

        await using (var db = world.Db())
        {
            Assert.Equal(world.UnitB, (await db.Computers.SingleAsync()).UnitId);
            Assert.All(await db.ComputerSources.ToListAsync(), s => Assert.Equal(world.UnitB, s.UnitId));
            Assert.All(await db.ComputerChanges.ToListAsync(), c => Assert.Equal(world.UnitB, c.UnitId));
            Assert.All(await db.ComputerConflicts.ToListAsync(), c => Assert.Equal(world.UnitB, c.UnitId));
            var addresses = await db.ComputerAddresses.ToListAsync();
            Assert.NotEmpty(addresses);
            Assert.All(addresses, a => Assert.Equal(world.UnitB, a.UnitId));
            var identifiers = await db.ComputerIdentifiers.ToListAsync();
            Assert.All(identifiers, i => Assert.Equal(world.UnitB, i.UnitId));
            Assert.Equal(IdentityKeys.HostKey(world.UnitB, "KT-PC01"), identifiers.Single(i => i.Kind == IdentityKind.Hostname).Value);
            var decision = await db.ComputerChanges.SingleAsync(c => c.Source == InventorySource.Manual);
            Assert.Equal(("unit", "XA-01", "XB-02 (ocs)"), (decision.Field, decision.OldValue, decision.NewValue));
            Assert.Equal(world.UnitB, (await db.Agents.SingleAsync()).UnitId);
            Assert.Equal(world.UnitB, (await db.AgentCommands.SingleAsync()).UnitId);
            Assert.Equal(world.UnitB, (await db.ComplianceResults.SingleAsync()).UnitId);
            Assert.Equal(world.UnitB, (await db.RemediationItems.SingleAsync()).UnitId);
            Assert.Equal(world.UnitB, (await db.RemediationEvents.SingleAsync()).UnitId);
        }

        // The OCS agent keeps reporting B's TAG and the moved Vigil agent now speaks for B: both agree, no new conflict.
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "ocs-1", T0.AddDays(1), Win7Pc() with { Hotfixes = ["KB4012212", "KB4474419"] }, UnitHint: "XB-02"));
        await world.IngestAsync(new InventoryReport(InventorySource.Agent, agentId.ToString(), T0.AddDays(1), Win7Pc() with { Hotfixes = ["KB4012212", "KB4474419"] }, UnitId: world.UnitB));
        await using (var db = world.Db())
        {
            Assert.Equal(0, (await db.Computers.SingleAsync()).OpenConflicts);
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task An_owner_typed_in_by_a_person_is_a_manual_source_that_wins_until_withdrawn(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0, SheetWin7, UnitHint: "XA-01"));
        var pc = (await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "ocs-1", T0.AddDays(1), Win7Pc(), UnitHint: "XA-01"))).ComputerId!.Value;
        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            var edited = await new PeopleFactsService(db, TimeProvider.System).UpdateAsync(pc, new ComputerPatchDto("Lò Thị Hoa", true), default);
            Assert.True(edited.IsSuccess, edited.Error?.Message);
        }

        await using (var db = world.Db())
        {
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(("Lò Thị Hoa", true, "owner=manual,personal=manual"), (computer.Owner, computer.IsPersonal, computer.Pins));
            Assert.Equal(T0.AddDays(1), computer.ObservedAt);
            var manual = await db.ComputerSources.SingleAsync(s => s.Source == InventorySource.Manual);
            Assert.Equal(PeopleFactsService.SourceKeyOf(pc), manual.SourceKey);
            var changes = await db.ComputerChanges.Where(c => c.Source == InventorySource.Manual).ToDictionaryAsync(c => c.Field);
            Assert.Equal(("Nguyễn Văn An", "Lò Thị Hoa", "officer.a"), (changes["owner"].OldValue, changes["owner"].NewValue, changes["owner"].Actor));
            Assert.Equal(("no", "yes"), (changes["personal"].OldValue, changes["personal"].NewValue));

            var detail = (await new ComputerDetailQuery(db, TimeProvider.System, Options.Create(new InventoryOptions()), Vigil.Domain.Compliance.Catalogs.ComplianceCatalogs.Default).GetAsync(pc, default)).Value!;
            var owner = detail.Facts.Single(f => f.Field == "owner");
            Assert.Equal(("Lò Thị Hoa", "manual", true), (owner.Value, owner.Source, owner.Pinned));
            Assert.Equal("ocs", detail.Facts.Single(f => f.Field == "os").Source);
        }

        // A newer sheet does not override a person's statement.
        await world.IngestAsync(new InventoryReport(InventorySource.Import, "sheet:XA-01/KT-PC01", T0.AddDays(3), SheetWin7 with { Owner = "Người Khác" }, UnitHint: "XA-01"));
        await using (var db = world.Db())
        {
            Assert.Equal("Lò Thị Hoa", (await db.Computers.SingleAsync()).Owner);
        }

        // Withdrawn: the sheet speaks again.
        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            Assert.True((await new PeopleFactsService(db, TimeProvider.System).UpdateAsync(pc, new ComputerPatchDto("", null), default)).IsSuccess);
        }

        await using (var db = world.Db())
        {
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(("Người Khác", true, "personal=manual"), (computer.Owner, computer.IsPersonal, computer.Pins));
        }
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task The_unassigned_queue_is_sorted_by_those_who_may_and_an_assigned_report_becomes_a_computer(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "dev-1", T0, Win7Pc("PC-1", "S-1"), UnitHint: "PHONG-KT"));
        await world.IngestAsync(new InventoryReport(InventorySource.Ocs, "dev-2", T0, Win7Pc("PC-2", "S-2") with { NetworkInterfaces = null }, UnitHint: null));
        Guid first, second;
        await using (var db = world.Db())
        {
            first = (await db.UnassignedReports.SingleAsync(r => r.SourceKey == "dev-1")).Id;
            second = (await db.UnassignedReports.SingleAsync(r => r.SourceKey == "dev-2")).Id;
        }

        await using (var db = world.As(world.OfficerOfA(), "officer.a"))
        {
            var officer = new UnassignedService(db, new InventoryIngestService(db, TimeProvider.System));
            Assert.Equal("unassigned.forbidden", (await officer.ListAsync(default)).Error!.Code);
            Assert.Equal("unassigned.forbidden", (await officer.AssignAsync(first, world.UnitA, default)).Error!.Code);
            Assert.Equal("unassigned.forbidden", (await officer.DiscardAsync(first, default)).Error!.Code);
        }

        await using (var db = world.As(world.CoordinatorOfBoth(), "coord"))
        {
            var coordinator = new UnassignedService(db, new InventoryIngestService(db, TimeProvider.System));
            Assert.Equal(2, (await coordinator.ListAsync(default)).Value!.Count);
            var assigned = await coordinator.AssignAsync(first, world.UnitA, default);
            Assert.True(assigned.IsSuccess, assigned.Error?.Message);
            Assert.True((await coordinator.DiscardAsync(second, default)).IsSuccess);
            Assert.Equal("unassigned.not_found", (await coordinator.DiscardAsync(second, default)).Error!.Code);
        }

        await using (var db = world.Db())
        {
            Assert.Equal(0, await db.UnassignedReports.CountAsync());
            var computer = await db.Computers.SingleAsync();
            Assert.Equal(("PC-1", world.UnitA), (computer.Hostname, computer.UnitId));
            Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "inventory_assigned");
            Assert.Contains(await db.AuditEntries.Select(a => a.Action).ToListAsync(), a => a == "inventory_discarded");
        }
    }

    private static InventorySnapshot Win10() => Win7Pc() with
    {
        Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045", Build = "19045" },
    };
}
