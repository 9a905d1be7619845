namespace Vigil.Domain.Indicators.Import.Misp;

/// <summary>How each MISP attribute type maps to indicator types; composite types ("domain|ip") map to two.</summary>
internal static class MispTypes
{
    /// <summary>Types that are reference material, context or host artefacts, not values Vigil enforces.</summary>
    private static readonly HashSet<string> Ignored = new(StringComparer.Ordinal)
    {
        "link", "comment", "text", "other", "attachment", "malware-sample", "regkey", "regkey|value", "mutex", "yara",
        "snort", "sigma", "ssdeep", "imphash", "sha512", "sha224", "sha384", "tlsh", "authentihash", "pehash", "size-in-bytes",
        "float", "counter", "mime-type", "port", "AS", "user-agent", "vulnerability", "cpe", "pattern-in-file",
        "pattern-in-memory", "pattern-in-traffic", "named pipe", "windows-service-name", "uri", "target-email",
        "target-user", "target-machine", "target-org", "target-location", "datetime", "whois-registrant-email",
    };

    /// <summary>The types of each part; null when the type is not an indicator (skipped) or unknown (rejected with <paramref name="known"/> false).</summary>
    public static IReadOnlyList<IndicatorType?>? Map(string type, out bool known)
    {
        known = true;
        IndicatorType? address = IndicatorType.Ipv4;
        switch (type)
        {
            case "ip-src" or "ip-dst":
                return [address];
            case "ip-src|port" or "ip-dst|port":
                return [address, null];
            case "domain" or "hostname":
                return [IndicatorType.Domain];
            case "hostname|port":
                return [IndicatorType.Domain, null];
            case "domain|ip":
                return [IndicatorType.Domain, address];
            case "url":
                return [IndicatorType.Url];
            case "md5":
                return [IndicatorType.Md5];
            case "sha1":
                return [IndicatorType.Sha1];
            case "sha256":
                return [IndicatorType.Sha256];
            case "filename":
                return [IndicatorType.FileName];
            case "filename|md5":
                return [IndicatorType.FileName, IndicatorType.Md5];
            case "filename|sha1":
                return [IndicatorType.FileName, IndicatorType.Sha1];
            case "filename|sha256":
                return [IndicatorType.FileName, IndicatorType.Sha256];
            case "email" or "email-src" or "email-dst" or "email-reply-to":
                return [IndicatorType.Email];
        }

        known = Ignored.Contains(type) || type.StartsWith("filename|", StringComparison.Ordinal) || type.StartsWith("x509-", StringComparison.Ordinal);
        return null;
    }

    /// <summary>Galaxy tags whose cluster value names a malware family: misp-galaxy:ransomware="WannaCry".</summary>
    public static string? FamilyFromTag(string tag)
    {
        string[] galaxies = ["malpedia", "ransomware", "rat", "banker", "tool", "botnet", "stealer", "backdoor", "android", "exploit-kit", "malware"];
        foreach (var galaxy in galaxies)
        {
            var prefix = $"misp-galaxy:{galaxy}=\"";
            if (tag.StartsWith(prefix, StringComparison.Ordinal) && tag.EndsWith('"') && tag.Length > prefix.Length + 1)
            {
                return tag[prefix.Length..^1];
            }
        }

        return null;
    }
}
