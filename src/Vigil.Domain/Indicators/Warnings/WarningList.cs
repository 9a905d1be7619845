namespace Vigil.Domain.Indicators.Warnings;

/// <summary>
/// The safety check run before an indicator may be blocked: every reason why blocking the value could break the
/// network or everyday work. An address or network is checked for overlap (a CIDR containing a private range is
/// flagged too); a domain is checked with its parents; a URL by its host; a hash against the empty-file hashes.
/// </summary>
public static class WarningList
{
    /// <summary>MD5, SHA-1 and SHA-256 of zero bytes: "blocking" them flags every empty file.</summary>
    private static readonly Dictionary<string, string> EmptyFileHashes = new(StringComparer.Ordinal)
    {
        ["d41d8cd98f00b204e9800998ecf8427e"] = "MD5",
        ["da39a3ee5e6b4b0d3255bfef95601890afd80709"] = "SHA-1",
        ["e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"] = "SHA-256",
    };

    public static IReadOnlyList<Warning> Check(Indicator indicator, WarningListOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(indicator);
        return Check(indicator.Value, options);
    }

    public static IReadOnlyList<Warning> Check(IndicatorValue value, WarningListOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(value);
        options ??= WarningListOptions.Default;
        var warnings = new List<Warning>();
        switch (value.Type)
        {
            case IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr:
                CheckAddress(value.Value, options, warnings, "");
                break;
            case IndicatorType.Domain:
                CheckDomain(value.Value, options, warnings, "");
                break;
            case IndicatorType.Url:
                CheckUrlHost(value.Value, options, warnings);
                break;
            case IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256:
                if (EmptyFileHashes.TryGetValue(value.Value, out var algorithm))
                {
                    warnings.Add(new Warning(WarningCodes.EmptyFileHash, $"the {algorithm} of an empty file: it matches every empty file, not malware"));
                }

                break;
        }

        return warnings;
    }

    private static void CheckAddress(string text, WarningListOptions options, List<Warning> warnings, string prefix)
    {
        if (IpNetwork.Parse(text) is not { } network)
        {
            return;
        }

        foreach (var (range, rangeText, code, reason) in SpecialRanges.All)
        {
            if (network.Overlaps(range))
            {
                warnings.Add(new Warning(code, prefix + (network.Prefix < range.Prefix ? $"contains {rangeText}: " : "") + reason));
            }
        }

        var maxPrefix = network.IsV6 ? options.MaxIpv6Prefix : options.MaxIpv4Prefix;
        if (network.Prefix < maxPrefix)
        {
            warnings.Add(new Warning(WarningCodes.TooBroad, $"{prefix}{text} is broader than /{maxPrefix}: blocking it would cut off many unrelated hosts"));
        }

        foreach (var own in options.OwnNetworks)
        {
            if (IpNetwork.Parse(own.Trim()) is { } ownNetwork && network.Overlaps(ownNetwork))
            {
                warnings.Add(new Warning(WarningCodes.OwnNetwork, $"{prefix}overlaps the organisation's own network or server {own.Trim()}"));
            }
        }

        foreach (var (service, serviceText, name) in options.WellKnown.Addresses)
        {
            if (network.Overlaps(service))
            {
                warnings.Add(new Warning(WarningCodes.ServiceAddress, $"{prefix}{(network.Prefix < service.Prefix ? $"contains {serviceText}, " : "")}{name}: blocking it breaks a service everyone uses"));
            }
        }
    }

    private static void CheckDomain(string domain, WarningListOptions options, List<Warning> warnings, string prefix)
    {
        foreach (var killSwitch in options.KillSwitchDomains)
        {
            if (IsSameOrSubdomain(domain, killSwitch))
            {
                warnings.Add(new Warning(WarningCodes.KillSwitch,
                    $"{prefix}malware kill-switch domain {killSwitch}: it must keep resolving (alert only, never block or sinkhole), or infected machines start encrypting",
                    Overridable: false));
            }
        }

        if (options.WellKnown.PublicSuffixes.Contains(domain))
        {
            warnings.Add(new Warning(WarningCodes.PublicSuffix, $"{prefix}{domain} is a public suffix: blocking it blocks every site registered under it"));
        }

        foreach (var own in options.OwnDomains)
        {
            var ownDomain = own.Trim().TrimEnd('.').ToLowerInvariant();
            if (ownDomain.Length > 0 && IsSameOrSubdomain(domain, ownDomain))
            {
                warnings.Add(new Warning(WarningCodes.OwnDomain, $"{prefix}the organisation's own domain {ownDomain}"));
            }
        }

        for (var parent = domain; parent.Length > 0; parent = Parent(parent))
        {
            if (options.WellKnown.Domains.TryGetValue(parent, out var service))
            {
                warnings.Add(new Warning(WarningCodes.ServiceDomain, $"{prefix}{(parent == domain ? "" : $"under {parent}, ")}{service}: blocking it breaks a service everyone uses"));
                break;
            }
        }
    }

    private static void CheckUrlHost(string url, WarningListOptions options, List<Warning> warnings)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal) + 3;
        var end = url.IndexOf('/', start);
        var authority = end < 0 ? url[start..] : url[start..end];
        var host = authority[(authority.LastIndexOf('@') + 1)..];
        if (host.StartsWith('['))
        {
            CheckAddress(host[1..host.IndexOf(']', StringComparison.Ordinal)], options, warnings, "URL host: ");
            return;
        }

        var colon = host.LastIndexOf(':');
        host = colon >= 0 ? host[..colon] : host;
        if (IndicatorValues.TryParseIpv4(host, out _, out _))
        {
            CheckAddress(host, options, warnings, "URL host: ");
        }
        else
        {
            CheckDomain(host, options, warnings, "URL host: ");
        }
    }

    private static bool IsSameOrSubdomain(string domain, string parent) =>
        domain == parent || (domain.Length > parent.Length && domain.EndsWith(parent, StringComparison.Ordinal) && domain[^(parent.Length + 1)] == '.');

    private static string Parent(string domain)
    {
        var dot = domain.IndexOf('.', StringComparison.Ordinal);
        return dot < 0 ? "" : domain[(dot + 1)..];
    }
}
