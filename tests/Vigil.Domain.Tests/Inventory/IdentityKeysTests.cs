using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

public class IdentityKeysTests
{
    [Theory]
    [InlineData("4c4c4544-0042-3510-8052-b4c04f4e3132", "4C4C4544-0042-3510-8052-B4C04F4E3132")]
    [InlineData("{4C4C4544-0042-3510-8052-B4C04F4E3132}", "4C4C4544-0042-3510-8052-B4C04F4E3132")]
    [InlineData("03000200-0400-0500-0006-000700080009", null)]
    [InlineData("FFFFFFFF-FFFF-FFFF-FFFF-FFFFFFFFFFFF", null)]
    [InlineData("00000000-0000-0000-0000-000000000000", null)]
    [InlineData("not a uuid", null)]
    [InlineData("", null)]
    public void Uuids_are_canonical_and_placeholders_are_dropped(string raw, string? expected) =>
        Assert.Equal(expected, IdentityKeys.Uuid(raw));

    [Theory]
    [InlineData(" czc1234xyz ", "CZC1234XYZ")]
    [InlineData("To be filled by O.E.M.", null)]
    [InlineData("To  Be Filled By  O.E.M.", null)]
    [InlineData("Default string", null)]
    [InlineData("System Serial Number", null)]
    [InlineData("0", null)]
    [InlineData("000000000", null)]
    [InlineData("VMware-56 4d 2a 1b", null)]
    [InlineData("PF0ABC12", "PF0ABC12")]
    public void Serials_drop_the_values_firmware_leaves_unfilled(string raw, string? expected) =>
        Assert.Equal(expected, IdentityKeys.Serial(raw));

    [Theory]
    [InlineData("00-1A-2B-3C-4D-5E", "00:1a:2b:3c:4d:5e")]
    [InlineData("00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5e")]
    [InlineData("001a.2b3c.4d5e", "00:1a:2b:3c:4d:5e")]
    [InlineData("02:00:4C:4F:4F:50", null)]
    [InlineData("01:00:5e:00:00:01", null)]
    [InlineData("00:00:00:00:00:00", null)]
    [InlineData("00:1a:2b:3c:4d", null)]
    [InlineData("00:1a:2b:3c:4d:5e:6f", null)]
    [InlineData("zz:1a:2b:3c:4d:5e", null)]
    public void Macs_are_canonical_and_virtual_or_group_addresses_are_dropped(string raw, string? expected) =>
        Assert.Equal(expected, IdentityKeys.Mac(raw));

    [Theory]
    [InlineData("kt-pc01.xa.local", "KT-PC01")]
    [InlineData("KT-PC01", "KT-PC01")]
    [InlineData("10.0.0.5", "10.0.0.5")]
    [InlineData("localhost", null)]
    [InlineData("  ", null)]
    public void Hostnames_compare_by_short_upper_case_name(string raw, string? expected) =>
        Assert.Equal(expected, IdentityKeys.Hostname(raw));

    [Fact]
    public void Keys_come_in_trust_order_and_the_hostname_is_tied_to_the_unit()
    {
        var unit = Guid.Parse("7d2f6c1e-0000-4000-8000-000000000001");
        var snapshot = new InventorySnapshot
        {
            Hostname = "pc-1",
            SerialNumber = "ABC123",
            SmbiosUuid = "4C4C4544-0042-3510-8052-B4C04F4E3132",
            NetworkInterfaces = [new("eth0", "00:1a:2b:3c:4d:5e", []), new("eth1", "00-1A-2B-3C-4D-5E", []), new("tap", "02:00:00:00:00:01", [])],
        };

        var keys = IdentityKeys.Of(snapshot, unit);

        Assert.Equal(
            [
                (IdentityKind.Uuid, "4C4C4544-0042-3510-8052-B4C04F4E3132"), (IdentityKind.Serial, "ABC123"),
                (IdentityKind.Mac, "00:1a:2b:3c:4d:5e"), (IdentityKind.Hostname, "7d2f6c1e000040008000000000000001/PC-1"),
            ],
            keys);
        Assert.DoesNotContain(IdentityKeys.Of(snapshot, null), k => k.Kind == IdentityKind.Hostname);
    }
}
