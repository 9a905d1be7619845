namespace Vigil.Agent.Collection.Windows;

/// <summary>What the Windows collector reads: WMI classes and HKLM registry keys, as property bags.</summary>
internal interface IWindowsSource
{
    /// <summary>All instances of a class; null when the class or namespace is missing or access is denied.</summary>
    IReadOnlyList<PropertyBag>? Query(string wmiNamespace, string className);

    /// <summary>The values of an HKLM key (path without the hive); null when the key does not exist.</summary>
    PropertyBag? RegistryKey(string path);

    /// <summary>The values of each subkey of an HKLM key, with the subkey's name as PSChildName; null when the key does not exist.</summary>
    IReadOnlyList<PropertyBag>? RegistrySubkeys(string path);
}
