using Vigil.Domain.Inventory;

namespace Vigil.Server.Features.Inventory;

/// <summary>Reads and writes <c>computers.pins</c>: "field=source" pairs a person chose when settling a conflict.</summary>
internal static class ComputerPins
{
    public static Dictionary<string, InventorySource> Parse(string? text)
    {
        var pins = new Dictionary<string, InventorySource>(StringComparer.Ordinal);
        foreach (var pair in (text ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq > 0 && Enum.TryParse<InventorySource>(pair[(eq + 1)..], ignoreCase: true, out var source))
            {
                pins[pair[..eq]] = source;
            }
        }

        return pins;
    }

    public static string? Format(IReadOnlyDictionary<string, InventorySource> pins) =>
        pins.Count == 0 ? null : string.Join(',', pins.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => p.Key + "=" + InventoryIngestService.Label(p.Value)));
}
