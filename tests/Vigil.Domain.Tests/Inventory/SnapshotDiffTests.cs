using Vigil.Domain.Inventory;

namespace Vigil.Domain.Tests.Inventory;

public class SnapshotDiffTests
{
    [Fact]
    public void Only_changed_facts_are_reported_and_lists_say_what_was_added_and_removed()
    {
        var before = new InventorySnapshot
        {
            Hostname = "PC-1",
            Smb1ServerEnabled = true,
            Hotfixes = ["KB4012212", "KB4019264"],
            Software = [new SoftwareItem("WinRAR", "5.50", null), new SoftwareItem("Unikey", "4.0", null)],
        };
        var after = before with
        {
            Smb1ServerEnabled = false,
            Hotfixes = ["KB4012212", "KB4019264", "KB5034441"],
            Software = [new SoftwareItem("WinRAR", "6.24", null), new SoftwareItem("Unikey", "4.0", null)],
        };

        var changes = SnapshotDiff.Compare(before, after);

        Assert.Equal(
            [
                new FieldChange("smb1", "yes", "no"),
                new FieldChange("hotfixes", null, "KB5034441"),
                new FieldChange("software", "WinRAR 5.50", "WinRAR 6.24"),
            ],
            changes);
        Assert.Empty(SnapshotDiff.Compare(after, after));
    }

    [Fact]
    public void Long_lists_name_the_first_items_and_count_the_rest()
    {
        var before = new InventorySnapshot { Software = [] };
        var after = new InventorySnapshot { Software = [.. Enumerable.Range(0, 25).Select(i => new SoftwareItem($"App {i:00}", null, null))] };

        var change = Assert.Single(SnapshotDiff.Compare(before, after));

        Assert.EndsWith("App 19 (+5)", change.NewValue, StringComparison.Ordinal);
    }

    [Fact]
    public void A_list_one_side_did_not_report_is_shown_as_counts_not_as_removals()
    {
        var change = Assert.Single(SnapshotDiff.Compare(new InventorySnapshot { Hotfixes = ["KB1", "KB2"] }, new InventorySnapshot()));
        Assert.Equal(new FieldChange("hotfixes", "2 items", null), change);
    }

    [Fact]
    public void Canonical_order_makes_a_reordered_report_identical()
    {
        var a = new InventorySnapshot { Software = [new("B", "1", null), new("a", "2", null)], Hotfixes = ["kb2", "KB1"], CpuModel = "Intel  Core   i5" };
        var b = new InventorySnapshot { Software = [new("a", "2", null), new("B", "1", null)], Hotfixes = ["KB1", "KB2"], CpuModel = "Intel Core i5" };

        Assert.Empty(SnapshotDiff.Compare(SnapshotCanonical.Of(a), SnapshotCanonical.Of(b)));
        Assert.Equal(["KB1", "KB2"], SnapshotCanonical.Of(a).Hotfixes);
    }
}
