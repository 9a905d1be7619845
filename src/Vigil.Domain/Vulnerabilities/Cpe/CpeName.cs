namespace Vigil.Domain.Vulnerabilities.Cpe;

/// <summary>
/// A CPE 2.3 name bound to the formatted string "cpe:2.3:part:vendor:product:version:update:edition:language:
/// sw_edition:target_sw:target_hw:other" (NISTIR 7695 §6.2). Parse with <see cref="CpeNameParser.Parse"/>.
/// </summary>
public sealed record CpeName(
    CpePart Part,
    CpeValue Vendor,
    CpeValue Product,
    CpeValue Version,
    CpeValue Update,
    CpeValue Edition,
    CpeValue Language,
    CpeValue SoftwareEdition,
    CpeValue TargetSoftware,
    CpeValue TargetHardware,
    CpeValue Other)
{
    /// <summary>The (vendor, product) key CVE indexes use; "*" when either is not a plain value.</summary>
    public string Key => (Vendor.IsValue && !Vendor.HasWildcards ? Vendor.Text : "*") + ":" + (Product.IsValue && !Product.HasWildcards ? Product.Text : "*");

    public string Formatted => string.Join(':', "cpe", "2.3", PartLetter, Vendor.Formatted, Product.Formatted, Version.Formatted,
        Update.Formatted, Edition.Formatted, Language.Formatted, SoftwareEdition.Formatted, TargetSoftware.Formatted,
        TargetHardware.Formatted, Other.Formatted);

    private string PartLetter => Part switch
    {
        CpePart.Application => "a",
        CpePart.OperatingSystem => "o",
        CpePart.Hardware => "h",
        _ => "*",
    };

    /// <summary>A name of a concrete product: the given attributes, the rest ANY.</summary>
    public static CpeName Of(CpePart part, string vendor, string product, CpeValue version, CpeValue? update = null, CpeValue? targetHardware = null) =>
        new(part, CpeValue.Of(vendor), CpeValue.Of(product), version, update ?? CpeValue.Any, CpeValue.Any, CpeValue.Any, CpeValue.Any,
            CpeValue.Any, targetHardware ?? CpeValue.Any, CpeValue.Any);

    public override string ToString() => Formatted;

    internal CpeValue this[int index] => index switch
    {
        0 => Vendor,
        1 => Product,
        2 => Version,
        3 => Update,
        4 => Edition,
        5 => Language,
        6 => SoftwareEdition,
        7 => TargetSoftware,
        8 => TargetHardware,
        _ => Other,
    };
}
