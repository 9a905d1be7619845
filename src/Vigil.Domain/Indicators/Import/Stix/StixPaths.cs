namespace Vigil.Domain.Indicators.Import.Stix;

/// <summary>The STIX object paths whose values are indicators, and the type each implies.</summary>
internal static class StixPaths
{
    /// <param name="type">The implied type; null for paths that may hold an address or a domain (network-traffic refs).</param>
    public static bool TryMap(string objectType, string property, out IndicatorType? type)
    {
        type = (objectType, property) switch
        {
            ("ipv4-addr", "value") => IndicatorType.Ipv4,
            ("ipv6-addr", "value") => IndicatorType.Ipv6,
            ("domain-name", "value") => IndicatorType.Domain,
            ("url", "value") => IndicatorType.Url,
            ("email-addr", "value") => IndicatorType.Email,
            ("email-message", "from_ref.value" or "sender_ref.value" or "to_refs[*].value" or "cc_refs[*].value") => IndicatorType.Email,
            ("file", "name") => IndicatorType.FileName,
            ("file", _) when property.StartsWith("hashes.", StringComparison.Ordinal) => HashType(property[7..]),
            _ => (IndicatorType?)null,
        };

        if (type is not null)
        {
            return true;
        }

        return objectType == "network-traffic" && property is "dst_ref.value" or "src_ref.value";
    }

    /// <summary>'SHA-256', SHA256, "sha-256", MD5, 'SHA-1'…</summary>
    private static IndicatorType? HashType(string key) =>
        key.Trim('\'').ToUpperInvariant().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal) switch
        {
            "MD5" => IndicatorType.Md5,
            "SHA1" => IndicatorType.Sha1,
            "SHA256" => IndicatorType.Sha256,
            _ => null,
        };
}
