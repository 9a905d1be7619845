namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>
/// Microsoft gives Windows 10 and 11 feature updates two lifecycles: Enterprise, Education and IoT Enterprise get about
/// a year more than Home, Pro, Pro Education and Pro for Workstations. Which side a computer is on is read from its
/// product name and edition.
/// </summary>
internal enum WindowsEdition
{
    /// <summary>The name does not say; lifecycle lookups then take the earlier (consumer) date.</summary>
    Unknown = 0,

    /// <summary>Home, Pro, Pro Education, Pro for Workstations, Single Language, S.</summary>
    Consumer = 1,

    /// <summary>Enterprise, Education, IoT Enterprise.</summary>
    Enterprise = 2,
}

internal static class WindowsEditions
{
    public static WindowsEdition Of(string text)
    {
        // "Pro Education" is a Pro edition with an education licence: Microsoft lists it with Home and Pro.
        if (Has(text, "Pro Education") || Has(text, "Pro for Workstations") || Has(text, "Home") || Has(text, "Professional")
            || Has(text, "Single Language") || Has(text, "Core") || HasWord(text, "Pro"))
        {
            return WindowsEdition.Consumer;
        }

        return Has(text, "Enterprise") || Has(text, "Education") ? WindowsEdition.Enterprise : WindowsEdition.Unknown;
    }

    public static bool Has(string text, string word) => text.Contains(word, StringComparison.OrdinalIgnoreCase);

    /// <summary>"Pro" as a word, so "Professional" (matched above) and "Product" are not taken for it.</summary>
    private static bool HasWord(string text, string word)
    {
        for (var at = text.IndexOf(word, StringComparison.OrdinalIgnoreCase); at >= 0; at = text.IndexOf(word, at + 1, StringComparison.OrdinalIgnoreCase))
        {
            var before = at == 0 || !char.IsLetterOrDigit(text[at - 1]);
            var end = at + word.Length;
            var after = end == text.Length || !char.IsLetterOrDigit(text[end]);
            if (before && after)
            {
                return true;
            }
        }

        return false;
    }
}
