using Vigil.Domain.Access;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests.Inventory;

/// <summary>A store with two units (A, B) and helpers to ingest reports into it as the server would.</summary>
internal sealed class IngestWorld : IAsyncDisposable
{
    public static readonly DateTime T0 = new(2026, 11, 2, 1, 0, 0, DateTimeKind.Utc);

    private IngestWorld(TestStore store, Guid unitA, Guid unitB)
    {
        Store = store;
        UnitA = unitA;
        UnitB = unitB;
    }

    public TestStore Store { get; }

    public Guid UnitA { get; }

    public Guid UnitB { get; }

    public static async Task<IngestWorld> CreateAsync(StorageProvider provider)
    {
        var store = await TestStore.CreateAsync(provider);
        var a = new OrgUnit { Id = Guid.NewGuid(), Code = "XA-01", Name = "Xã A", Kind = UnitKind.Commune, Path = "/XA-01/", CreatedAt = T0, UpdatedAt = T0 };
        var b = new OrgUnit { Id = Guid.NewGuid(), Code = "XB-02", Name = "Xã B", Kind = UnitKind.Commune, Path = "/XB-02/", CreatedAt = T0, UpdatedAt = T0 };
        await using var db = store.CreateSystemContext("seed");
        db.Units.AddRange(a, b);
        await db.SaveChangesAsync();
        return new IngestWorld(store, a.Id, b.Id);
    }

    public static InventorySnapshot Win7Pc(string hostname = "KT-PC01", string? serial = "CZC1234XYZ", string os = "Microsoft Windows 7 Professional") => new()
    {
        Hostname = hostname,
        SerialNumber = serial,
        SmbiosUuid = null,
        Os = new OsInfo { Family = OsFamily.Windows, Name = os, Version = "6.1.7601", ServicePack = "Service Pack 1", Architecture = "x64" },
        CpuModel = "Intel(R) Core(TM)2 Duo CPU     E7500  @ 2.93GHz",
        RamMb = 2048,
        Disks = [new DiskInfo("ST3250318AS", DiskKind.Hdd, 250)],
        NetworkInterfaces = [new NetworkInterfaceInfo("Realtek PCIe GBE", "00-1A-2B-3C-4D-5E", ["10.10.1.21"])],
        Software = [new SoftwareItem("Microsoft Office 2007", "12.0.6612.1000", "Microsoft Corporation"), new SoftwareItem("Unikey", "4.0", null)],
        Hotfixes = ["KB4012212"],
    };

    public async Task<IngestOutcome> IngestAsync(InventoryReport report)
    {
        await using var db = Store.CreateContext(AccessContext.ForSystem("test"));
        var result = await new InventoryIngestService(db, TimeProvider.System).IngestAsync(report, null, CancellationToken.None);
        Assert.True(result.IsSuccess, result.Error?.Message);
        return result.Value!;
    }

    public VigilDbContext Db() => Store.CreateSystemContext();

    /// <summary>A context acting as a person with <paramref name="scope"/>, as a request of theirs would.</summary>
    public VigilDbContext As(AccessScope scope, string actor, TimeProvider? clock = null) =>
        Store.CreateContext(new AccessContext { Scope = scope, ActorId = scope.UserId, ActorName = actor }, clock);

    public AccessScope OfficerOfA() => AccessScope.ForUser(Guid.NewGuid(), Role.UnitOfficer, [UnitA], id => [id]);

    /// <summary>Coordinator of both units, which are top-level here, so they also sort the unassigned queue.</summary>
    public AccessScope CoordinatorOfBoth() => AccessScope.ForUser(Guid.NewGuid(), Role.Coordinator, [UnitA, UnitB], id => [id], boundToTopLevel: true);

    public ValueTask DisposeAsync() => Store.DisposeAsync();
}
