namespace Vigil.Agent.Collection.Windows;

/// <summary>
/// A Windows machine as recorded in text files: "&lt;ClassName&gt;_anything.txt" holds Format-List output of that WMI
/// class (the class name ends at the first "_" followed by a lower-case letter), and "registry*.txt" holds
/// Get-ItemProperty output whose PSPath/PSParentPath tell which key each record is.
/// </summary>
internal sealed class RecordedWindowsSource : IWindowsSource
{
    private const string HivePrefix = "HKEY_LOCAL_MACHINE\\";
    private readonly Dictionary<string, List<PropertyBag>> _classes = new(StringComparer.OrdinalIgnoreCase);
    private readonly List<PropertyBag> _registry = [];

    public static RecordedWindowsSource FromDirectory(string directory)
    {
        var source = new RecordedWindowsSource();
        foreach (var file in Directory.GetFiles(directory, "*.txt").Order(StringComparer.Ordinal))
        {
            source.Add(Path.GetFileNameWithoutExtension(file), File.ReadAllText(file));
        }

        return source;
    }

    /// <summary>Adds one recorded output; <paramref name="name"/> follows the file naming rule above.</summary>
    public RecordedWindowsSource Add(string name, string text)
    {
        ArgumentNullException.ThrowIfNull(name);
        var records = FormatListParser.Parse(text);
        if (name.StartsWith("registry", StringComparison.OrdinalIgnoreCase))
        {
            _registry.AddRange(records);
            return this;
        }

        var className = ClassNameOf(name);
        if (!_classes.TryGetValue(className, out var list))
        {
            _classes[className] = list = [];
        }

        list.AddRange(records);
        return this;
    }

    public static string ClassNameOf(string fileName)
    {
        for (var i = 0; i + 1 < fileName.Length; i++)
        {
            if (fileName[i] == '_' && char.IsAsciiLetterLower(fileName[i + 1]))
            {
                return fileName[..i];
            }
        }

        return fileName;
    }

    public IReadOnlyList<PropertyBag>? Query(string wmiNamespace, string className) => _classes.GetValueOrDefault(className);

    public PropertyBag? RegistryKey(string path) =>
        _registry.FirstOrDefault(b => string.Equals(KeyOf(b.String("PSPath")), path, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<PropertyBag>? RegistrySubkeys(string path)
    {
        var children = _registry.Where(b => string.Equals(KeyOf(b.String("PSParentPath")), path, StringComparison.OrdinalIgnoreCase)).ToList();
        return children.Count > 0 || RegistryKey(path) is not null ? children : null;
    }

    /// <summary>"Microsoft.PowerShell.Core\Registry::HKEY_LOCAL_MACHINE\SOFTWARE\…" → "SOFTWARE\…".</summary>
    private static string? KeyOf(string? psPath)
    {
        var at = psPath?.IndexOf(HivePrefix, StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : psPath![(at + HivePrefix.Length)..].TrimEnd('\\');
    }
}
