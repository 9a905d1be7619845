using Vigil.Domain.Devices;
using Vigil.Domain.Devices.Snmp;

namespace Vigil.Domain.Tests.Devices.Snmp;

/// <summary>sysDescr values are the first lines of the show version samples' devices, as Cisco agents return them.</summary>
public class SnmpDeviceFactsTests
{
    private const string Ios2960 = "Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4, RELEASE SOFTWARE (fc2)\r\n"
        + "Technical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2021 by Cisco Systems, Inc.\r\nCompiled Tue 09-Feb-21 08:24 by prod_rel_team";

    private static readonly SnmpEntityRow[] Chassis2960 =
    [
        new(1001, 3, "WS-C2960X-48FPD-L", "1", "WS-C2960X-48FPD-L", "FOC1234X0AB", "15.2(7)E4"),
        new(1002, 9, "1000BaseSX SFP", "GigabitEthernet1/0/49", "GLC-SX-MMD", "AGM1234ZZZZ", ""),
        new(1003, 10, "GigabitEthernet1/0/1", "Gi1/0/1", "", "", ""),
    ];

    [Fact]
    public void An_ios_switch_gives_family_version_model_serial_and_modules()
    {
        var facts = SnmpDeviceFacts.Build(new SnmpDeviceReading(Ios2960, "1.3.6.1.4.1.9.1.1208", "sw-core-01.example.vn", 8_640_000 * 3 + 360_000, Chassis2960));

        Assert.True(facts.IsSuccess, facts.Error?.Message);
        var f = facts.Value!;
        Assert.Equal(CiscoOsFamily.Ios, f.OsFamily);
        Assert.Equal("15.2(7)E4", f.VersionText);
        Assert.NotNull(f.Version);
        Assert.Equal("C2960X-UNIVERSALK9-M", f.SoftwareImage);
        Assert.Equal("WS-C2960X-48FPD-L", f.Model);
        Assert.Equal("FOC1234X0AB", f.Serial);
        Assert.Equal("sw-core-01", f.Hostname);
        Assert.Equal("switch", f.Kind);
        Assert.Equal(TimeSpan.FromDays(3) + TimeSpan.FromHours(1), f.Uptime);
        Assert.Equal("3 days, 1 hour", f.UptimeText);
        Assert.Equal(TimeSpan.FromDays(3) + TimeSpan.FromHours(1), UptimeText.Parse(f.UptimeText));
        Assert.Equal(["1", "GigabitEthernet1/0/49"], f.Modules.Select(m => m.Name));
        Assert.True(f.Modules[0].IsChassis);
    }

    [Theory]
    [InlineData("Cisco IOS Software [Gibraltar], Catalyst L3 Switch Software (CAT9K_IOSXE), Version 16.12.4, RELEASE SOFTWARE (fc5)", "1.3.6.1.4.1.9.1.2494", CiscoOsFamily.IosXe, "16.12.4")]
    [InlineData("Cisco NX-OS(tm) n9000, Software (n9000-dk9), Version 9.3(10), RELEASE SOFTWARE Copyright (c) 2002-2022 by Cisco Systems, Inc.", "1.3.6.1.4.1.9.12.3.1.3.1812", CiscoOsFamily.NxOs, "9.3(10)")]
    [InlineData("Cisco Adaptive Security Appliance Version 9.12(4)", "1.3.6.1.4.1.9.1.2114", CiscoOsFamily.Asa, "9.12(4)")]
    [InlineData("Cisco Controller", "1.3.6.1.4.1.9.1.1615", CiscoOsFamily.AireOs, "8.10.151.0")]
    [InlineData("SG350-28P 28-Port Gigabit PoE Managed Switch", "1.3.6.1.4.1.9.6.1.95.28.3", CiscoOsFamily.SmallBusiness, "2.5.9.54")]
    public void Other_families_are_read_from_sysDescr_or_the_chassis_software_revision(string descr, string objectId, CiscoOsFamily family, string version)
    {
        var chassisRev = family == CiscoOsFamily.AireOs ? "8.10.151.0" : family == CiscoOsFamily.SmallBusiness ? "2.5.9.54" : null;
        var facts = SnmpDeviceFacts.Build(new SnmpDeviceReading(descr, objectId, "dev", 100, [new SnmpEntityRow(1, 3, "Chassis", "Chassis", "MODEL-X", "SER1", chassisRev)]));

        Assert.True(facts.IsSuccess, facts.Error?.Message);
        Assert.Equal(family, facts.Value!.OsFamily);
        Assert.Equal(version, facts.Value.VersionText);
        Assert.NotNull(facts.Value.Version);
    }

    [Fact]
    public void A_device_of_another_vendor_is_a_precise_error()
    {
        var facts = SnmpDeviceFacts.Build(new SnmpDeviceReading("Linux gw 6.1.0 #1 SMP x86_64", "1.3.6.1.4.1.8072.3.2.10", "gw", 1, []));
        Assert.Equal(SnmpCodes.NotCisco, facts.Error!.Code);
        Assert.Contains("1.3.6.1.4.1.8072.3.2.10", facts.Error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_entity_rows_are_warnings_not_errors()
    {
        var facts = SnmpDeviceFacts.Build(new SnmpDeviceReading(Ios2960, "1.3.6.1.4.1.9.1.1208", "sw", null, []));
        Assert.True(facts.IsSuccess);
        Assert.Null(facts.Value!.Model);
        Assert.Contains(facts.Value.Warnings, w => w.Code == DeviceParseCodes.SerialMissing);
    }
}
