namespace Vigil.Domain.Indicators;

/// <summary>Reads and writes TLP labels as feeds spell them: "TLP:AMBER+STRICT", "tlp:white", "amber", "TLP: RED".</summary>
public static class TlpLabels
{
    public static bool TryParse(string? text, out Tlp tlp)
    {
        tlp = Tlp.Clear;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var label = text.Trim().ToUpperInvariant().Replace(" ", "", StringComparison.Ordinal);
        if (label.StartsWith("TLP:", StringComparison.Ordinal))
        {
            label = label[4..];
        }

        switch (label)
        {
            case "CLEAR" or "WHITE":
                tlp = Tlp.Clear;
                return true;
            case "GREEN":
                tlp = Tlp.Green;
                return true;
            case "AMBER":
                tlp = Tlp.Amber;
                return true;
            case "AMBER+STRICT" or "AMBER-STRICT" or "AMBERSTRICT":
                tlp = Tlp.AmberStrict;
                return true;
            case "RED":
                tlp = Tlp.Red;
                return true;
            default:
                return false;
        }
    }

    /// <summary>The TLP 2.0 label: "TLP:CLEAR", "TLP:AMBER+STRICT".</summary>
    public static string ToLabel(Tlp tlp) => tlp switch
    {
        Tlp.Clear => "TLP:CLEAR",
        Tlp.Green => "TLP:GREEN",
        Tlp.Amber => "TLP:AMBER",
        Tlp.AmberStrict => "TLP:AMBER+STRICT",
        _ => "TLP:RED",
    };
}
