namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// The kinds of network device (stored as <c>switch</c>, <c>router</c>, <c>wireless</c>, <c>firewall</c>,
/// <c>module</c>) and the English and Vietnamese words people write for them.
/// </summary>
public static class NetworkDeviceKinds
{
    public const string Switch = "switch";
    public const string Router = "router";
    public const string Wireless = "wireless";
    public const string Firewall = "firewall";
    public const string Module = "module";

    /// <summary>The template's drop-down values, one per kind.</summary>
    public static IReadOnlyList<string> Choices { get; } = ["Switch", "Router", "Wi-Fi", "Tường lửa", "Module"];

    private static readonly Dictionary<string, string> s_words = new(StringComparer.Ordinal)
    {
        ["switch"] = Switch,
        ["sw"] = Switch,
        ["bo chuyen mach"] = Switch,
        ["chuyen mach"] = Switch,
        ["thiet bi chuyen mach"] = Switch,
        ["router"] = Router,
        ["dinh tuyen"] = Router,
        ["bo dinh tuyen"] = Router,
        ["thiet bi dinh tuyen"] = Router,
        ["wireless"] = Wireless,
        ["wifi"] = Wireless,
        ["wi fi"] = Wireless,
        ["access point"] = Wireless,
        ["ap"] = Wireless,
        ["diem truy cap"] = Wireless,
        ["diem truy cap khong day"] = Wireless,
        ["bo phat wifi"] = Wireless,
        ["bo phat wi fi"] = Wireless,
        ["khong day"] = Wireless,
        ["firewall"] = Firewall,
        ["tuong lua"] = Firewall,
        ["module"] = Module,
        ["mo dun"] = Module,
        ["modun"] = Module,
    };

    /// <summary>The stored kind for what a person wrote; "Bộ chuyển mạch (switch)" is read by either part.</summary>
    public static string? Recognise(string? text)
    {
        var key = TextKey.Of(text);
        if (s_words.TryGetValue(key, out var kind))
        {
            return kind;
        }

        var open = text?.IndexOf('(', StringComparison.Ordinal) ?? -1;
        if (open > 0 && text![^1] == ')')
        {
            return s_words.GetValueOrDefault(TextKey.Of(text[..open])) ?? s_words.GetValueOrDefault(TextKey.Of(text[(open + 1)..^1]));
        }

        return null;
    }
}
