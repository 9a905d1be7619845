using System.Collections;
using System.Globalization;
using System.Management;
using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32;

namespace Vigil.Agent.Collection.Windows;

/// <summary>The real thing: WMI through System.Management and HKLM through Microsoft.Win32 (64-bit view).</summary>
[SupportedOSPlatform("windows")]
internal sealed class WmiWindowsSource : IWindowsSource
{
    public IReadOnlyList<PropertyBag>? Query(string wmiNamespace, string className)
    {
        try
        {
            using var searcher = new ManagementObjectSearcher(new ManagementScope(wmiNamespace), new ObjectQuery("SELECT * FROM " + className));
            searcher.Options.Timeout = TimeSpan.FromSeconds(60);
            var result = new List<PropertyBag>();
            foreach (var instance in searcher.Get())
            {
                using (instance)
                {
                    var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase);
                    foreach (var property in instance.Properties)
                    {
                        values[property.Name] = Format(property.Value);
                    }

                    result.Add(new PropertyBag(values));
                }
            }

            return result;
        }
        catch (Exception e) when (e is ManagementException or COMException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    public PropertyBag? RegistryKey(string path)
    {
        using var hive = Microsoft.Win32.RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
        using var key = hive.OpenSubKey(path);
        return key is null ? null : BagOf(key);
    }

    public IReadOnlyList<PropertyBag>? RegistrySubkeys(string path)
    {
        using var hive = Microsoft.Win32.RegistryKey.OpenBaseKey(RegistryHive.LocalMachine, RegistryView.Registry64);
        using var key = hive.OpenSubKey(path);
        if (key is null)
        {
            return null;
        }

        var result = new List<PropertyBag>();
        foreach (var name in key.GetSubKeyNames())
        {
            using var child = key.OpenSubKey(name);
            if (child is not null)
            {
                result.Add(BagOf(child));
            }
        }

        return result;
    }

    private static PropertyBag BagOf(Microsoft.Win32.RegistryKey key)
    {
        var values = new Dictionary<string, string?>(StringComparer.OrdinalIgnoreCase)
        {
            ["PSChildName"] = key.Name[(key.Name.LastIndexOf('\\') + 1)..],
        };
        foreach (var name in key.GetValueNames())
        {
            values[name] = Format(key.GetValue(name));
        }

        return new PropertyBag(values);
    }

    /// <summary>The text a recorded Format-List shows for the same value, so both sources read alike.</summary>
    private static string? Format(object? value) => value switch
    {
        null => null,
        string s => s,
        bool b => b ? "True" : "False",
        IEnumerable list => "{" + string.Join(", ", list.Cast<object?>().Select(Format)) + "}",
        IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
        _ => value.ToString(),
    };
}
