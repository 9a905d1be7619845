using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

public class OsReleaseTests
{
    [Theory]
    [InlineData("Microsoft Windows 7 Professional", null, null, "Windows 7")]
    [InlineData("Microsoft Windows XP Professional", "5.1.2600", null, "Windows XP")]
    [InlineData("Microsoft Windows 10 Pro", "10.0.19045", "19045", "Windows 10")]
    [InlineData("Microsoft Windows 11 Pro", "10.0.22631", "22631", "Windows 11")]
    [InlineData("Microsoft Windows 8.1 Pro", null, null, "Windows 8.1")]
    [InlineData("Microsoft Windows Server 2008 R2 Standard", null, null, "Windows Server 2008 R2")]
    [InlineData("Microsoft Windows Server 2019 Datacenter", null, null, "Windows Server 2019")]
    [InlineData("Windows Vista (TM) Business", null, null, "Windows Vista")]
    [InlineData("Microsoft® Windows Server® 2008 Standard ", "6.0.6003", "6003", "Windows Server 2008")]
    [InlineData("Microsoft Windows Server(R) 2008 Enterprise", null, null, "Windows Server 2008")]
    [InlineData("Microsoft® Windows Vista™ Business", "6.0.6002", null, "Windows Vista")]
    [InlineData("", "6.1.7601", null, "Windows 7")]
    [InlineData("", "10.0.22000", null, "Windows 11")]
    [InlineData("", "10.0.19044", null, "Windows 10")]
    [InlineData("", "10.0", "19045", "Windows 10")]
    [InlineData("Win7 Pro", null, null, "Windows 7")]
    [InlineData("win 10", null, null, "Windows 10")]
    public void Windows_names_and_versions_map_to_their_release(string name, string? version, string? build, string expected) =>
        Assert.Equal(expected, OsRelease.Of(new OsInfo { Family = OsFamily.Windows, Name = name, Version = version, Build = build }));

    [Theory]
    [InlineData("Debian GNU/Linux 12 (bookworm)", null, "Debian 12")]
    [InlineData("Ubuntu 22.04.4 LTS", null, "Ubuntu 22.04")]
    [InlineData("Ubuntu", "20.04", "Ubuntu 20.04")]
    [InlineData("CentOS Linux 7 (Core)", null, "Centos 7")]
    public void Linux_distributions_keep_the_number_people_know_them_by(string name, string? version, string expected) =>
        Assert.Equal(expected, OsRelease.Of(new OsInfo { Family = OsFamily.Linux, Name = name, Version = version }));

    [Theory]
    [InlineData("Windows 7", OsFamily.Windows)]
    [InlineData("Win 10", OsFamily.Windows)]
    [InlineData("Ubuntu 22.04", OsFamily.Linux)]
    [InlineData("macOS 14", OsFamily.MacOs)]
    [InlineData("FreeBSD 14", OsFamily.Other)]
    [InlineData("", OsFamily.Unknown)]
    [InlineData("Win7 SP1", OsFamily.Windows)]
    public void Family_is_guessed_from_a_typed_name(string name, OsFamily expected) => Assert.Equal(expected, OsRelease.FamilyOf(name));

    [Fact]
    public void Unknown_input_gives_no_release() => Assert.Null(OsRelease.Of(new OsInfo { Family = OsFamily.Windows }));
}
