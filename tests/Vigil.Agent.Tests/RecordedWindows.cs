using Vigil.Agent.Collection.Windows;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>The recorded Windows machine of tests/fixtures/windows-wmi.</summary>
internal static class RecordedWindows
{
    public static string File(string name) => RepositoryFiles.Fixture("windows-wmi", name);

    public static string Text(string name) => System.IO.File.ReadAllText(File(name));

    /// <summary>Every recorded file except the WMIC one, which repeats AntiVirusProduct with the name only.</summary>
    public static RecordedWindowsSource Source(params string[] except)
    {
        var source = new RecordedWindowsSource();
        foreach (var path in Directory.GetFiles(RepositoryFiles.Fixture("windows-wmi"), "*.txt").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileNameWithoutExtension(path);
            if (name != "AntiVirusProduct_wmic_output" && !except.Contains(name))
            {
                source.Add(name, System.IO.File.ReadAllText(path));
            }
        }

        return source;
    }
}
