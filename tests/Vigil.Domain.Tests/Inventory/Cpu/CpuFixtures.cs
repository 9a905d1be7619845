namespace Vigil.Domain.Tests.Inventory.Cpu;

/// <summary>The files under tests/fixtures/cpu, copied next to the test assembly by the project file.</summary>
internal static class CpuFixtures
{
    public static string Path(string name) => System.IO.Path.Combine(AppContext.BaseDirectory, "fixtures", "cpu", name);

    /// <summary>Model lines of a Windows 11 list: the first line is the list's date and the last says EOF.</summary>
    public static IReadOnlyList<string> SupportedList(string vendor) =>
        File.ReadAllLines(Path($"win11_SupportedProcessors{vendor}.txt"))
            .Skip(1)
            .Where(line => line.Length > 0 && line != "EOF")
            .ToList();
}
