using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Vigil.Domain.Indicators;

namespace Vigil.Domain.Hunting;

/// <summary>
/// Indicators compiled for hunting in logs: hash tables keyed by normalised values (domains walked by label suffix,
/// IPv4 as uint and IPv6 as UInt128 with one table per CIDR prefix length, hashes as lower-case hex, URLs as their
/// normal form with a table of their hosts). Immutable after <see cref="Build"/> and safe to share between threads.
/// E-mail and file-name indicators are not hunted (they are not network or file-content observables in these logs).
/// </summary>
public sealed partial class IndicatorMatcher
{
    private readonly List<MatchedIndicator> _indicators = [];
    private readonly ByteKeyTable _domains = new();
    private readonly ByteKeyTable _hashes = new();
    private readonly ByteKeyTable _urlHosts = new();
    private readonly Dictionary<string, int> _urls = new(StringComparer.Ordinal);
    private readonly Dictionary<uint, int> _ipv4 = [];
    private readonly Dictionary<uint, int>?[] _ipv4Networks = new Dictionary<uint, int>?[33];
    private readonly Dictionary<UInt128, int> _ipv6 = [];
    private readonly Dictionary<UInt128, int>?[] _ipv6Networks = new Dictionary<UInt128, int>?[129];
    private int[] _ipv4Prefixes = [];
    private int[] _ipv6Prefixes = [];

    private IndicatorMatcher()
    {
    }

    /// <summary>The number of indicators compiled (e-mail and file-name indicators are left out).</summary>
    public int Count => _indicators.Count;

    /// <summary>How many indicators were not compiled because their type is not hunted in logs.</summary>
    public int Unsupported { get; private set; }

    public bool HasAddresses => _ipv4.Count > 0 || _ipv6.Count > 0 || _ipv4Prefixes.Length > 0 || _ipv6Prefixes.Length > 0;

    public bool HasIpv6 => _ipv6.Count > 0 || _ipv6Prefixes.Length > 0;

    public bool HasDomains => _domains.Count > 0;

    public bool HasUrls => _urls.Count > 0;

    public bool HasHashes => _hashes.Count > 0;

    public MatchedIndicator this[int index] => _indicators[index];

    public static IndicatorMatcher Build(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var matcher = new IndicatorMatcher();
        foreach (var indicator in indicators)
        {
            matcher.Add(indicator.Value.Type, indicator.Value.Value, indicator.Action);
        }

        matcher._ipv4Prefixes = [.. Enumerable.Range(0, 33).Where(p => matcher._ipv4Networks[p] is not null).OrderDescending()];
        matcher._ipv6Prefixes = [.. Enumerable.Range(0, 129).Where(p => matcher._ipv6Networks[p] is not null).OrderDescending()];
        matcher._domains.Seal();
        matcher._hashes.Seal();
        matcher._urlHosts.Seal();
        return matcher;
    }

    private void Add(IndicatorType type, string value, IndicatorAction action)
    {
        var index = _indicators.Count;
        var added = type switch
        {
            IndicatorType.Domain => AddKey(_domains, value, index),
            IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256 => AddKey(_hashes, value, index),
            IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr => AddAddress(value, index),
            IndicatorType.Url => AddUrl(value, index),
            _ => false,
        };
        if (added)
        {
            _indicators.Add(new MatchedIndicator(value, type, action));
        }
        else
        {
            Unsupported++;
        }
    }

    private static bool AddKey(ByteKeyTable table, string value, int index)
    {
        table.Add(Encoding.UTF8.GetBytes(value.ToLowerInvariant()), index);
        return true;
    }

    private bool AddUrl(string value, int index)
    {
        if (!_urls.TryAdd(value, index))
        {
            return false;
        }

        var host = UrlHost(value);
        if (host.Length > 0)
        {
            _urlHosts.Add(Encoding.UTF8.GetBytes(host), index);
        }

        return true;
    }

    /// <summary>The host of a normalised URL: after "://", before the port, path or query; brackets of IPv6 kept off.</summary>
    internal static string UrlHost(string url)
    {
        var start = url.IndexOf("://", StringComparison.Ordinal);
        if (start < 0)
        {
            return "";
        }

        start += 3;
        var end = url.IndexOfAny(['/', '?', '#'], start);
        var authority = end < 0 ? url[start..] : url[start..end];
        var at = authority.LastIndexOf('@');
        if (at >= 0)
        {
            authority = authority[(at + 1)..];
        }

        if (authority.StartsWith('['))
        {
            var close = authority.IndexOf(']', StringComparison.Ordinal);
            return close > 0 ? authority[1..close] : "";
        }

        var colon = authority.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? authority[..colon] : authority;
    }

    private bool AddAddress(string value, int index)
    {
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? value : value[..slash];
        if (!IPAddress.TryParse(addressText, out var address))
        {
            return false;
        }

        var prefix = slash < 0 ? -1 : int.Parse(value.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var key = ToUInt32(address);
            var table = prefix < 0 ? _ipv4 : _ipv4Networks[prefix] ??= [];
            return table.TryAdd(prefix < 0 ? key : Mask(key, prefix), index);
        }

        var key6 = ToUInt128(address);
        var table6 = prefix < 0 ? _ipv6 : _ipv6Networks[prefix] ??= [];
        return table6.TryAdd(prefix < 0 ? key6 : Mask(key6, prefix), index);
    }

    internal static uint ToUInt32(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[4];
        address.TryWriteBytes(bytes, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt32BigEndian(bytes);
    }

    internal static UInt128 ToUInt128(IPAddress address)
    {
        Span<byte> bytes = stackalloc byte[16];
        address.TryWriteBytes(bytes, out _);
        return System.Buffers.Binary.BinaryPrimitives.ReadUInt128BigEndian(bytes);
    }

    private static uint Mask(uint address, int prefix) => prefix == 0 ? 0 : address & (uint.MaxValue << (32 - prefix));

    private static UInt128 Mask(UInt128 address, int prefix) => prefix == 0 ? UInt128.Zero : address & (UInt128.MaxValue << (128 - prefix));
}
