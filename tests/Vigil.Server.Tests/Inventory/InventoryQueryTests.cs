using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;
using Vigil.TestKit;
using static Vigil.Server.Tests.Inventory.IngestWorld;

namespace Vigil.Server.Tests.Inventory;

/// <summary>The inventory list's filters, sorting, paging, counts and scope, over real reports through the ingest.</summary>
public class InventoryQueryTests
{
    // 40 days after the reports: the OCS ones (seen at T0) are stale, the agent ones (T0 + 35 days) are not.
    private static readonly ManualClock Clock = new(new DateTimeOffset(T0.AddDays(40)));

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Filters_counts_paging_and_scope(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await SeedAsync(world);
        await using var db = world.As(world.OfficerOfA(), "officer.a");
        var query = new InventoryQuery(db, Clock, Options.Create(new InventoryOptions()), ComplianceCatalogs.Default);

        var all = (await query.ListAsync(new InventoryFilter(), default)).Value!;
        Assert.Equal(62, all.Total);
        Assert.Equal(50, all.Items.Count);
        Assert.All(all.Items, c => Assert.Equal("XA-01", c.UnitCode));
        Assert.Equal("A-CN01", all.Items[0].Hostname);
        var second = (await query.ListAsync(new InventoryFilter { Page = 2 }, default)).Value!;
        Assert.Equal(12, second.Items.Count);
        Assert.Empty(all.Items.Select(i => i.Id).Intersect(second.Items.Select(i => i.Id)));

        // 20 on Windows 7 (out of support since 2020), 40 on Windows 11, 2 sheet rows on Windows 10 (out since 14/10/2025).
        Assert.Equal((62, 22, 20, 0), (all.Counts.Total, all.Counts.Unsupported, all.Counts.Stale, all.Counts.WithConflicts));
        Assert.Equal(2, all.Counts.Personal);
        Assert.Equal([("agent", 40), ("ocs", 20), ("import", 2)], all.Counts.BySource.Select(c => (c.Key, c.Count)));
        Assert.Contains(all.Counts.ByOsRelease, c => c.Key == "Windows 7" && c.Count == 20);

        async Task<List<string>> Hosts(InventoryFilter f) => [.. (await query.ListAsync(f, default)).Value!.Items.Select(i => i.Hostname)];
        Assert.Equal(22, (await Hosts(new() { Unsupported = true })).Count);
        Assert.All((await query.ListAsync(new InventoryFilter { Unsupported = true }, default)).Value!.Items, i => Assert.True(i.IsUnsupported));
        Assert.Equal(20, (await Hosts(new() { OsRelease = "Windows 7" })).Count);
        Assert.Equal(20, (await Hosts(new() { Stale = true })).Count);
        Assert.Equal(["A-CN01", "A-CN02"], await Hosts(new() { Personal = true }));
        Assert.Equal(2, (await Hosts(new() { Source = "import" })).Count);
        Assert.Equal(40, (await Hosts(new() { Source = "AGENT", OsFamily = "windows" })).Count);
        Assert.Equal(["A-PC07"], await Hosts(new() { Search = "10.1.0.7" }));
        Assert.Equal(["A-PC07"], await Hosts(new() { Search = "a-pc07" }));
        Assert.Equal(["A-CN02"], await Hosts(new() { Search = "Trần" }));
        Assert.Equal(["A-PC07"], await Hosts(new() { Search = "SN-A-0007" }));
        Assert.Equal("A-PC60", (await Hosts(new() { Sort = "-hostname" }))[0]);
        Assert.Equal("A-PC60", (await Hosts(new() { Sort = "-lastSeen" }))[0]);
        Assert.Equal("A-PC01", (await Hosts(new() { Sort = "lastSeen" }))[0]);

        // Nothing of unit B, however asked.
        Assert.Empty(await Hosts(new() { Search = "B-PC" }));
        Assert.Equal("unit.not_found", (await query.ListAsync(new InventoryFilter { UnitId = world.UnitB }, default)).Error!.Code);
        Assert.Equal("inventory.filter_invalid", (await query.ListAsync(new InventoryFilter { Source = "fax" }, default)).Error!.Code);
        Assert.Equal("sort", (await query.ListAsync(new InventoryFilter { Sort = "colour" }, default)).Error!.Location);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Retired_computers_leave_the_list_and_its_counts_unless_asked_for(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await SeedAsync(world);
        await using (var system = world.Db())
        {
            // One Windows 7 PC replaced: it must no longer count among the unit's machines still on Windows 7.
            var old = await system.Computers.Where(c => c.OsRelease == "Windows 7").OrderBy(c => c.Hostname).FirstAsync();
            old.RetiredAt = T0.AddDays(39);
            await system.SaveChangesAsync();
        }

        await using var db = world.As(world.OfficerOfA(), "officer.a");
        var query = new InventoryQuery(db, Clock, Options.Create(new InventoryOptions()), ComplianceCatalogs.Default);

        var inService = (await query.ListAsync(new InventoryFilter(), default)).Value!;
        var retired = (await query.ListAsync(new InventoryFilter { Retired = true }, default)).Value!;

        Assert.Equal((61, 21), (inService.Total, inService.Counts.Unsupported));
        Assert.Contains(inService.Counts.ByOsRelease, c => c.Key == "Windows 7" && c.Count == 19);
        Assert.Equal((1, "Windows 7"), (retired.Total, retired.Items.Single().OsRelease));
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    public async Task A_unit_filter_takes_the_subtree_unless_told_otherwise(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await SeedAsync(world);
        await using var db = world.As(world.CoordinatorOfBoth(), "coord");
        var query = new InventoryQuery(db, Clock, Options.Create(new InventoryOptions { StaleAfterDays = 60 }), ComplianceCatalogs.Default);

        var both = (await query.ListAsync(new InventoryFilter(), default)).Value!;
        var onlyB = (await query.ListAsync(new InventoryFilter { UnitId = world.UnitB, IncludeSubtree = false }, default)).Value!;

        Assert.Equal(65, both.Total);
        Assert.Equal(0, both.Counts.Stale);
        Assert.Equal(3, onlyB.Total);
        Assert.Equal(3, onlyB.Counts.Total);
    }

    /// <summary>
    /// The unsupported filter and flag follow the catalog the server holds: a site file that keeps Windows 10 22H2
    /// (and its "build unknown" stand-in) supported for another year takes the two Windows 10 rows out, in SQL and per row.
    /// </summary>
    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task The_unsupported_filter_follows_a_site_lifecycle_catalog(StorageProvider provider)
    {
        await using var world = await CreateAsync(provider);
        await SeedAsync(world);
        await using var db = world.As(world.OfficerOfA(), "officer.a");
        const string site = """
            version: site-1
            entries:
              - { key: windows-10-22h2, label: Windows 10 22H2, family: windows, release: Windows 10, end_of_support: 2027-10-12, match: { builds: [19045] } }
              - { key: windows-10, label: Windows 10, family: windows, release: Windows 10, end_of_support: 2027-10-12, match: { unknown_build: true } }
            """;
        var lifecycle = OsLifecycleCatalog.Default.Merge(OsLifecycleCatalog.Parse(site, "os-lifecycle.yaml").Value!);
        var catalogs = ComplianceCatalogs.Default with { Lifecycle = lifecycle };
        var query = new InventoryQuery(db, Clock, Options.Create(new InventoryOptions()), catalogs);

        var unsupported = (await query.ListAsync(new InventoryFilter { Unsupported = true }, default)).Value!;
        var windows10 = (await query.ListAsync(new InventoryFilter { OsRelease = "Windows 10" }, default)).Value!;

        Assert.Equal((20, 20), (unsupported.Total, unsupported.Counts.Unsupported));
        Assert.All(unsupported.Items, i => Assert.Equal("Windows 7", i.OsRelease));
        Assert.Equal(2, windows10.Total);
        Assert.All(windows10.Items, i => Assert.False(i.IsUnsupported));
    }

    /// <summary>
    /// Unit A: 20 OCS machines on Windows 7 seen at T0, 40 agent machines on Windows 11 seen at T0 + 35 days, two
    /// sheet rows of personal machines on Windows 10; unit B: three agent machines.
    /// </summary>
    private static async Task SeedAsync(IngestWorld world)
    {
        var reports = new List<InventoryReport>();
        for (var i = 1; i <= 60; i++)
        {
            var host = $"A-PC{i:00}";
            var snapshot = Win7Pc(host, $"SN-A-{i:0000}") with
            {
                NetworkInterfaces = [new NetworkInterfaceInfo("eth0", $"00:1a:2b:00:00:{i:x2}", [$"10.1.0.{i}"])],
            };
            reports.Add(i <= 20
                ? new InventoryReport(InventorySource.Ocs, host + "-2026", T0.AddMinutes(i), snapshot, UnitHint: "XA-01")
                : new InventoryReport(InventorySource.Agent, "agent-a-" + i, T0.AddDays(35).AddMinutes(i), snapshot with { Os = Windows11 }, UnitId: world.UnitA));
        }

        reports.Add(Sheet("A-CN01", "Nguyễn Văn An"));
        reports.Add(Sheet("A-CN02", "Trần Thị Bình"));
        for (var i = 1; i <= 3; i++)
        {
            var snapshot = Win7Pc($"B-PC{i:00}", $"SN-B-{i:0000}") with { Os = Windows11, NetworkInterfaces = [new NetworkInterfaceInfo("eth0", $"00:1a:2b:00:01:{i:x2}", [])] };
            reports.Add(new InventoryReport(InventorySource.Agent, "agent-b-" + i, T0.AddDays(35), snapshot, UnitId: world.UnitB));
        }

        await using var db = world.Db();
        var result = await new InventoryIngestService(db, TimeProvider.System).IngestAllAsync(reports, default);
        Assert.True(result.IsSuccess, result.Error?.Message);
    }

    private static InventoryReport Sheet(string host, string owner) =>
        new(InventorySource.Import, "sheet:XA-01/" + host, T0.AddDays(30),
            new InventorySnapshot { Hostname = host, Owner = owner, IsPersonal = true, Os = new OsInfo { Family = OsFamily.Windows, Name = "Windows 10 Home" } },
            UnitHint: "XA-01");

    private static readonly OsInfo Windows11 = new() { Family = OsFamily.Windows, Name = "Microsoft Windows 11 Pro", Version = "10.0.26100", Build = "26100" };
}
