using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Contracts.V1;
using Vigil.Domain.Access;
using Vigil.Domain.Inventory;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Tests.Indicators;
using Vigil.Storage;

namespace Vigil.Server.Tests.Alerts;

/// <summary>
/// "The computer at that time": inventory keeps which computer had which address and hostname when, and hits link to
/// the computer that had the line's address at the line's time, through the real ingest and the real upload API.
/// </summary>
public class AddressHistoryTests : TwoBranchServerTests
{
    // The moment the DHCP lease moved (in the past, so lines at either side are accepted as real times).
    private static readonly DateTime T = new(2025, 1, 10, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public async Task An_address_that_moved_between_computers_links_each_line_to_the_computer_that_had_it_at_the_lines_time()
    {
        var pc1 = await ReportAsync("agent-KT-PC1", T.AddDays(-10), Machine("KT-PC1", "10.77.0.5"));
        await ReportAsync("agent-KT-PC1", T, Machine("KT-PC1", "10.77.0.6"));
        var pc2 = await ReportAsync("agent-KT-PC2", T, Machine("KT-PC2", "10.77.0.5"));

        var rows = await RowsAsync("10.77.0.5");
        Assert.Equal([(pc1, T.AddDays(-10), (DateTime?)T), (pc2, T, null)], rows);

        // A log from before the move uploaded after it: each line goes to the computer of its own time.
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "eve.json", Eve(T.AddHours(-1), "10.77.0.5") + Eve(T.AddHours(1), "10.77.0.5") + Eve(T.AddHours(2), "10.77.0.5"));

        var alerts = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items;
        Assert.Equal(2, alerts.Count);
        var before = Assert.Single(alerts, a => a.ComputerId == pc1);
        var after = Assert.Single(alerts, a => a.ComputerId == pc2);
        Assert.Equal(("KT-PC1", 1L, T.AddHours(-1)), (before.ComputerName, before.Count, before.FirstSeen));
        Assert.Equal(("KT-PC2", 2L, T.AddHours(1), T.AddHours(2)), (after.ComputerName, after.Count, after.FirstSeen, after.LastSeen));
        Assert.All(alerts, a => Assert.Equal("10.77.0.5", a.Address));
    }

    [Fact]
    public async Task A_renamed_computer_is_found_by_its_old_name_before_the_rename_and_its_new_name_after()
    {
        var pc = await ReportAsync("agent-KT-OLD", T.AddDays(-3), Machine("KT-OLD", "10.77.1.5"));
        await ReportAsync("agent-KT-OLD", T, Machine("KT-NEW", "10.77.1.5"));
        var names = await RowsAsync("KT-OLD");
        Assert.Equal([(pc, T.AddDays(-3), (DateTime?)T)], names);
        Assert.Equal([(pc, T, (DateTime?)null)], await RowsAsync("KT-NEW"));
        Assert.Equal([(pc, T.AddDays(-3), (DateTime?)null)], await RowsAsync("10.77.1.5"));

        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "names.json", Eve(T.AddHours(-1), "KT-OLD") + Eve(T.AddHours(1), "kt-new.so-tc.gov.vn") + Eve(T.AddHours(1), "KT-OLD"));

        var alerts = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items;
        var linked = Assert.Single(alerts, a => a.ComputerId == pc);
        Assert.Equal(2L, linked.Count);
        // Nobody has had the old name since the rename: that line names no known computer.
        Assert.Single(alerts, a => a.ComputerId == null && a.Address == "KT-OLD");
    }

    [Fact]
    public async Task A_retained_log_hunted_again_after_a_new_pack_links_by_the_lines_time()
    {
        var pc1 = await ReportAsync("agent-RH-PC1", T.AddDays(-1), Machine("RH-PC1", "10.77.2.5"));
        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await AlertHost.UploadAsync(api, World.A.Id, "kept.json", Eve(T.AddHours(-1), "10.77.2.5", "185.220.101.66") + Eve(T.AddHours(3), "10.77.2.5", "185.220.101.66"));

        // The address moves after the log was kept; then a pack naming the destination arrives.
        await ReportAsync("agent-RH-PC1", T, Machine("RH-PC1", "10.77.2.6"));
        var pc2 = await ReportAsync("agent-RH-PC2", T.AddHours(2), Machine("RH-PC2", "10.77.2.5"));
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.66\n");
        await AlertHost.RehuntAsync(Server);

        var alerts = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.66")).Items;
        Assert.Equal([(pc1, 1L), (pc2, 1L)], alerts.OrderBy(a => a.FirstSeen).Select(a => (a.ComputerId!.Value, a.Count)));
    }

    [Fact]
    public async Task Only_reports_that_change_the_addresses_or_names_write_history()
    {
        var pc = await ReportAsync("agent-UC-PC1", T.AddDays(-2), Machine("UC-PC1", "10.77.3.5", "fe80::1"));
        var first = await AllRowsAsync(pc);
        Assert.Equal(4, first.Count); // name, name in the domain, two addresses

        // Unchanged (the hash path), then changed elsewhere (RAM): no row written, none closed, none moved.
        await ReportAsync("agent-UC-PC1", T.AddDays(-1), Machine("UC-PC1", "10.77.3.5", "fe80::1"));
        await ReportAsync("agent-UC-PC1", T, Machine("UC-PC1", "10.77.3.5", "fe80::1") with { RamMb = 8192 });
        Assert.Equal(first, await AllRowsAsync(pc));

        // The same addresses in another order and case are the same set.
        await ReportAsync("agent-UC-PC1", T.AddHours(1), Machine("uc-pc1", "fe80:0:0::1", "10.77.3.5"));
        Assert.Equal(first, await AllRowsAsync(pc));

        await ReportAsync("agent-UC-PC1", T.AddHours(2), Machine("uc-pc1", "10.77.3.5"));
        var last = await AllRowsAsync(pc);
        Assert.Equal(4, last.Count);
        Assert.Equal(T.AddHours(2), Assert.Single(last, r => r.Value == "fe80::1").Until);
        Assert.All(last.Where(r => r.Value != "fe80::1"), r => Assert.Equal((T.AddDays(-2), (DateTime?)null), (r.FirstSeen, r.Until)));
    }

    [Fact]
    public async Task A_retired_computer_is_linked_for_lines_before_its_retirement_only()
    {
        var pc = await ReportAsync("agent-RT-PC1", T.AddDays(-5), Machine("RT-PC1", "10.77.4.5"));
        await Server.WithSystemDbAsync(async db =>
        {
            (await db.Computers.SingleAsync(c => c.Id == pc)).RetiredAt = T;
            return await db.SaveChangesAsync();
        });

        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "retired.json", Eve(T.AddHours(-1), "10.77.4.5") + Eve(T.AddHours(1), "10.77.4.5"));

        var alerts = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items;
        Assert.Equal(T.AddHours(-1), Assert.Single(alerts, a => a.ComputerId == pc).FirstSeen);
        Assert.Equal(T.AddHours(1), Assert.Single(alerts, a => a.ComputerId == null).FirstSeen);
    }

    [Fact]
    public async Task Unit_Bs_address_history_never_links_unit_As_alerts()
    {
        var ofB = await ReportAsync("agent-XB-PC1", T.AddDays(-1), Machine("XB-PC1", "10.88.0.1"), World.B1.Id);
        Assert.Equal([(ofB, T.AddDays(-1), (DateTime?)null)], await RowsAsync("10.88.0.1"));

        var api = await Server.ApiClientAsync(World.OfficerA.UserName);
        await IndicatorHost.ImportAsync(api, World.A.Id, "185.220.101.1\n");
        await AlertHost.UploadAsync(api, World.A.Id, "a.json", Eve(T, "10.88.0.1") + Eve(T, "XB-PC1"));

        var alerts = (await AlertHost.AlertsAsync(api, "?indicator=185.220.101.1")).Items;
        Assert.Equal(2, alerts.Count);
        Assert.All(alerts, a => Assert.Null(a.ComputerId));
        Assert.All(alerts, a => Assert.Null(a.ComputerName));
    }

    private static InventorySnapshot Machine(string host, params string[] addresses) => new()
    {
        Hostname = host, Domain = "so-tc.gov.vn", SerialNumber = host.ToUpperInvariant() + "-SN",
        Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045" },
        NetworkInterfaces = [new NetworkInterfaceInfo("eth0", null, addresses)],
    };

    private static string Eve(DateTime at, string src, string dst = "185.220.101.1") =>
        $$"""{"timestamp":"{{at.ToString("yyyy-MM-dd'T'HH':'mm':'ss'.'ffffff", CultureInfo.InvariantCulture)}}+0000","flow_id":1,"event_type":"flow","src_ip":"{{src}}","src_port":50100,"dest_ip":"{{dst}}","dest_port":443,"proto":"TCP"}""" + "\n";

    private async Task<Guid> ReportAsync(string key, DateTime observedAt, InventorySnapshot snapshot, Guid? unitId = null)
    {
        await using var scope = Server.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        var ingest = scope.ServiceProvider.GetRequiredService<IInventoryIngest>();
        var outcome = await ingest.IngestAsync(new InventoryReport(InventorySource.Agent, key, observedAt, snapshot, UnitId: unitId ?? World.A.Id), null, default);
        Assert.True(outcome.IsSuccess);
        return outcome.Value!.ComputerId!.Value;
    }

    private Task<List<(Guid, DateTime, DateTime?)>> RowsAsync(string value) => Server.WithSystemDbAsync(async db =>
        (await db.ComputerAddresses.AsNoTracking().Where(a => a.Value == value).OrderBy(a => a.FirstSeen).ToListAsync())
            .ConvertAll(a => (a.ComputerId, a.FirstSeen, a.Until)));

    private Task<List<(ComputerAddressKind Kind, string Value, DateTime FirstSeen, DateTime? Until)>> AllRowsAsync(Guid computerId) => Server.WithSystemDbAsync(async db =>
        (await db.ComputerAddresses.AsNoTracking().Where(a => a.ComputerId == computerId).OrderBy(a => a.Value).ToListAsync())
            .ConvertAll(a => (a.Kind, a.Value, a.FirstSeen, a.Until)));
}
