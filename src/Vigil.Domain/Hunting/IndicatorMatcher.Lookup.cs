using System.Text;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Hunting;

public sealed partial class IndicatorMatcher
{
    /// <summary>The exact address and every network containing it, most specific first.</summary>
    internal void MatchIpv4(uint address, int start, int length, List<MatchCandidate> output)
    {
        var slash16 = address >> 16;
        if ((_ipv4Slash16[slash16 >> 6] & (1UL << (int)(slash16 & 63))) == 0)
        {
            return;
        }

        if (_ipv4.TryGetValue(address, out var index))
        {
            output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Address));
        }

        foreach (var prefix in _ipv4Prefixes)
        {
            if (_ipv4Networks[prefix]!.TryGetValue(Mask(address, prefix), out index))
            {
                output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Address));
            }
        }
    }

    internal void MatchIpv6(UInt128 address, int start, int length, List<MatchCandidate> output)
    {
        if (_ipv6.TryGetValue(address, out var index))
        {
            output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Address));
        }

        foreach (var prefix in _ipv6Prefixes)
        {
            if (_ipv6Networks[prefix]!.TryGetValue(Mask(address, prefix), out index))
            {
                output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Address));
            }
        }
    }

    /// <summary>
    /// The name and each parent on a label boundary ("a.evil.com" → "a.evil.com", "evil.com"); a lone top-level
    /// label is never an indicator, so the walk stops before it. <paramref name="name"/> is lower case.
    /// </summary>
    internal void MatchDomain(ReadOnlySpan<byte> name, int start, int length, List<MatchCandidate> output)
    {
        // Labels are a few bytes long: a plain loop finds the next dot for less than a call to the span search costs.
        var label = 0;
        while (true)
        {
            var dot = label;
            while (dot < name.Length && name[dot] != '.')
            {
                dot++;
            }

            if (dot >= name.Length)
            {
                return;
            }

            if (_domains.TryGet(name[label..], out var index))
            {
                output.Add(new MatchCandidate(start, length, index, HuntValueKinds.Domain));
            }

            label = dot + 1;
        }
    }

    internal bool IsUrlHost(ReadOnlySpan<byte> lowerHost) => _urlHosts.Count > 0 && _urlHosts.TryGet(lowerHost, out _);

    internal bool TryMatchHash(ReadOnlySpan<byte> lowerHex, out int index) => _hashes.TryGet(lowerHex, out index);

    /// <summary>Normalises a URL as the indicator import does and looks it up; -1 when it is not an indicator.</summary>
    public int MatchUrl(string url)
    {
        if (_urls.Count == 0)
        {
            return -1;
        }

        var parsed = IndicatorValues.Normalize(IndicatorType.Url, url);
        return parsed.IsValid && _urls.TryGetValue(parsed.Value!.Value, out var index) ? index : -1;
    }

    /// <summary>A URL split over two fields of a structured log (host, then path with query) as the client sent it.</summary>
    public int MatchUrl(string host, string path, bool https)
    {
        if (_urls.Count == 0 || host.Length == 0)
        {
            return -1;
        }

        var lowerHost = host.ToLowerInvariant();
        var colon = lowerHost.LastIndexOf(':');
        var bareHost = colon > 0 && !lowerHost.Contains("::", StringComparison.Ordinal) ? lowerHost[..colon] : lowerHost;
        if (!IsUrlHost(Encoding.UTF8.GetBytes(bareHost)))
        {
            return -1;
        }

        var separator = path.StartsWith('/') ? "" : "/";
        return MatchUrl((https ? "https://" : "http://") + host + separator + path);
    }
}
