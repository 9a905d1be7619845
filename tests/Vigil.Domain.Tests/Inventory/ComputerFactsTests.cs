using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

public class ComputerFactsTests
{
    private static readonly DateTime T0 = new(2026, 11, 1, 0, 0, 0, DateTimeKind.Utc);

    private static SourceSnapshot Agent(InventorySnapshot s, int day = 1) => new(InventorySource.Agent, "agent-1", T0.AddDays(day), s);

    private static SourceSnapshot Sheet(InventorySnapshot s, int day = 5) => new(InventorySource.Import, "sheet:A/PC", T0.AddDays(day), s);

    private static OsInfo Os(string name) => new() { Family = OsFamily.Windows, Name = name };

    [Fact]
    public void Machine_facts_come_from_machines_and_people_facts_from_people_even_when_the_sheet_is_newer()
    {
        var agent = new InventorySnapshot { Hostname = "PC-1", Os = Os("Microsoft Windows 10 Pro"), RamMb = 8192, Owner = "admin" };
        var sheet = new InventorySnapshot { Hostname = "PC-1", Os = Os("Windows 10"), RamMb = 8000, Owner = "Nguyễn Thị Hoa", IsPersonal = true };

        var resolved = ComputerFacts.Resolve([Agent(agent), Sheet(sheet)]);

        Assert.Equal("Microsoft Windows 10 Pro", resolved.Facts.Os!.Name);
        Assert.Equal(8192, resolved.Facts.RamMb);
        Assert.Equal("Nguyễn Thị Hoa", resolved.Facts.Owner);
        Assert.True(resolved.Facts.IsPersonal);
        Assert.Equal(InventorySource.Agent, resolved.FactSources["os"]);
        Assert.Equal(InventorySource.Import, resolved.FactSources["owner"]);
        Assert.Empty(resolved.Conflicts);
        Assert.Equal(T0.AddDays(5), resolved.LastObservedAt);
    }

    [Fact]
    public void The_freshest_machine_source_wins_and_a_missing_fact_falls_back_to_the_next_source()
    {
        var ocs = new SourceSnapshot(InventorySource.Ocs, "dev", T0.AddDays(3), new InventorySnapshot { Os = Os("Microsoft Windows 10 Pro"), TpmVersion = "2.0" });
        var agent = Agent(new InventorySnapshot { Os = Os("Microsoft Windows 10 Pro N") }, day: 1);

        var resolved = ComputerFacts.Resolve([agent, ocs]);

        Assert.Equal("Microsoft Windows 10 Pro", resolved.Facts.Os!.Name);
        Assert.Equal("2.0", resolved.Facts.TpmVersion);
        Assert.Equal(InventorySource.Ocs, resolved.FactSources["tpm"]);
    }

    [Fact]
    public void Disagreeing_releases_are_a_conflict_but_spelling_differences_are_not()
    {
        var agent = Agent(new InventorySnapshot { Os = Os("Microsoft Windows 10 Pro"), CpuModel = "Intel(R) Core(TM) i5-4590 CPU @ 3.30GHz", RamMb = 3990 });
        var sameThing = Sheet(new InventorySnapshot { Os = Os("Win 10 Pro"), CpuModel = "Core i5-4590", RamMb = 4096 });
        var older = Sheet(new InventorySnapshot { Os = Os("Windows 7"), CpuModel = "Core i3-2120", RamMb = 2048 });

        Assert.Empty(ComputerFacts.Resolve([agent, sameThing]).Conflicts);
        var conflicts = ComputerFacts.Resolve([agent, older]).Conflicts;
        Assert.Equal(["os", "cpu", "ram_mb"], conflicts.Select(c => c.Field));
        Assert.Equal(
            ["agent:Microsoft Windows 10 Pro", "import:Windows 7"],
            conflicts[0].Values.Select(v => v.Source.ToString().ToLowerInvariant() + ":" + v.Value));
    }

    [Fact]
    public void A_pin_makes_the_chosen_source_win_and_silences_its_conflict()
    {
        var agent = Agent(new InventorySnapshot { Os = Os("Microsoft Windows 10 Pro") });
        var sheet = Sheet(new InventorySnapshot { Os = Os("Windows 7") });

        var resolved = ComputerFacts.Resolve([agent, sheet], new Dictionary<string, InventorySource> { ["os"] = InventorySource.Import });

        Assert.Equal("Windows 7", resolved.Facts.Os!.Name);
        Assert.Empty(resolved.Conflicts);
    }

    [Fact]
    public void A_placeholder_serial_does_not_conflict_with_a_real_one()
    {
        var agent = Agent(new InventorySnapshot { SerialNumber = "CZC1234XYZ" });
        var ocs = new SourceSnapshot(InventorySource.Ocs, "dev", T0, new InventorySnapshot { SerialNumber = "To be filled by O.E.M." });

        Assert.Empty(ComputerFacts.Resolve([agent, ocs]).Conflicts);
    }
}
