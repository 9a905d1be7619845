using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

/// <summary>The values the address history records from a snapshot, in the form log lines are matched against.</summary>
public class ComputerAddressSetTests
{
    [Fact]
    public void Addresses_are_canonical_and_names_are_recorded_alone_and_in_the_domain()
    {
        var snapshot = new InventorySnapshot
        {
            Hostname = "KT-PC01.", Domain = "so-tc.gov.vn",
            NetworkInterfaces =
            [
                new NetworkInterfaceInfo("Ethernet", "00:1A:2B:00:00:01", ["10.1.2.30/24", "::ffff:10.1.2.31", "FE80:0:0:0::1", "127.0.0.1", "::1", "0.0.0.0", "not-an-ip"]),
                new NetworkInterfaceInfo("Wi-Fi", null, ["10.1.2.30"]),
            ],
        };

        var set = ComputerAddressSet.Of(snapshot);

        Assert.Equal(
            [
                (ComputerAddressKind.Ip, "10.1.2.30"), (ComputerAddressKind.Ip, "10.1.2.31"), (ComputerAddressKind.Ip, "fe80::1"),
                (ComputerAddressKind.Hostname, "KT-PC01"), (ComputerAddressKind.Hostname, "KT-PC01.so-tc.gov.vn"),
            ],
            set.OrderBy(v => v.Kind).ThenBy(v => v.Value, StringComparer.Ordinal));
    }

    [Fact]
    public void A_full_name_or_a_workgroup_adds_no_joined_name_and_names_compare_case_insensitively()
    {
        Assert.Equal([(ComputerAddressKind.Hostname, "pc7.xa.local")], ComputerAddressSet.Of(new InventorySnapshot { Hostname = "pc7.xa.local", Domain = "other.vn" }));
        Assert.Equal([(ComputerAddressKind.Hostname, "PC7")], ComputerAddressSet.Of(new InventorySnapshot { Hostname = "PC7", Domain = "WORKGROUP" }));
        Assert.True(ComputerAddressSet.Of(new InventorySnapshot { Hostname = "pc7" }).SetEquals(ComputerAddressSet.Of(new InventorySnapshot { Hostname = "PC7" })));
        Assert.Empty(ComputerAddressSet.Of(null));
        Assert.Empty(ComputerAddressSet.Of(new InventorySnapshot { Hostname = "  " }));
    }

    [Theory]
    [InlineData("10.0.0.1", "10.0.0.1")]
    [InlineData(" 10.0.0.1/8 ", "10.0.0.1")]
    [InlineData("::ffff:192.0.2.1", "192.0.2.1")]
    [InlineData("2001:DB8::0:1", "2001:db8::1")]
    [InlineData("127.0.0.5", null)]
    [InlineData("::", null)]
    [InlineData("host.example", null)]
    [InlineData(null, null)]
    public void Addresses_normalise_as_log_values_do(string? text, string? expected) =>
        Assert.Equal(expected, ComputerAddressSet.NormaliseAddress(text));
}
