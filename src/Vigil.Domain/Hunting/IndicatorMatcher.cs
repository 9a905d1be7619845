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
    private const int Unhunted = int.MinValue;

    // Per indicator: its type, action and where its value lives. Domains and hashes are the keys of their tables and
    // exact IPv4 addresses are their own numbers, so a million indicators keep no string each (half the matcher's
    // memory before); only URLs, networks and IPv6 addresses keep their text, in _texts.
    private readonly List<Compiled> _compiled;
    private readonly List<string> _texts;
    private readonly ByteKeyTable _domains;
    private readonly ByteKeyTable _hashes;
    private readonly ByteKeyTable _urlHosts;
    private readonly Dictionary<string, int> _urls;
    private readonly Dictionary<uint, int> _ipv4;
    private readonly Dictionary<uint, int>?[] _ipv4Networks = new Dictionary<uint, int>?[33];
    private readonly Dictionary<UInt128, int> _ipv6;
    private readonly Dictionary<UInt128, int>?[] _ipv6Networks = new Dictionary<UInt128, int>?[129];
    private int[] _ipv4Prefixes = [];

    /// <summary>One bit per /16: set when some IPv4 indicator or network touches it. Most addresses in a log (internal
    /// ones above all) fall in a /16 with no indicator and cost one cached bit test instead of a lookup per table.</summary>
    private readonly ulong[] _ipv4Slash16 = new ulong[65536 / 64];
    private int[] _ipv6Prefixes = [];

    /// <summary>Whether some URL indicator names its host by address: only then is every address in a log a URL candidate.</summary>
    private bool _urlHostIsAddress;

    /// <summary>Tables allocated at the size the staged indicators need, so building never grows them.</summary>
    private IndicatorMatcher(IndicatorStaging staging)
    {
        var urls = staging.CountOf(IndicatorType.Url);
        var hashes = staging.CountOf(IndicatorType.Md5) + staging.CountOf(IndicatorType.Sha1) + staging.CountOf(IndicatorType.Sha256);
        var hashBytes = staging.BytesOf(IndicatorType.Md5) + staging.BytesOf(IndicatorType.Sha1) + staging.BytesOf(IndicatorType.Sha256);
        _compiled = new List<Compiled>(staging.Count);
        _texts = new List<string>(urls + staging.CountOf(IndicatorType.Cidr) + staging.CountOf(IndicatorType.Ipv6));
        _domains = new ByteKeyTable(staging.CountOf(IndicatorType.Domain), staging.BytesOf(IndicatorType.Domain));
        _hashes = new ByteKeyTable(hashes, hashBytes);
        _urlHosts = new ByteKeyTable(urls, 0);
        _urls = new Dictionary<string, int>(urls, StringComparer.Ordinal);
        _ipv4 = new Dictionary<uint, int>(staging.CountOf(IndicatorType.Ipv4));
        _ipv6 = new Dictionary<UInt128, int>(staging.CountOf(IndicatorType.Ipv6));
    }

    /// <summary>The number of indicators compiled (e-mail and file-name indicators are left out).</summary>
    public int Count => _compiled.Count;

    /// <summary>How many indicators were not compiled because their type is not hunted in logs.</summary>
    public int Unsupported { get; private set; }

    public bool HasAddresses => _ipv4.Count > 0 || _ipv6.Count > 0 || _ipv4Prefixes.Length > 0 || _ipv6Prefixes.Length > 0;

    public bool HasIpv6 => _ipv6.Count > 0 || _ipv6Prefixes.Length > 0;

    public bool HasDomains => _domains.Count > 0;

    public bool HasUrls => _urls.Count > 0;

    public bool HasHashes => _hashes.Count > 0;

    /// <summary>The indicator behind a hit; its value text is rebuilt here, as hits are few and indicators many.</summary>
    public MatchedIndicator this[int index]
    {
        get
        {
            var compiled = _compiled[index];
            var value = compiled.Type switch
            {
                IndicatorType.Domain => _domains.KeyAt(compiled.Key),
                IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256 => _hashes.KeyAt(compiled.Key),
                IndicatorType.Ipv4 => IndicatorValues.FormatIpv4((uint)compiled.Key),
                _ => _texts[compiled.Key],
            };
            return new MatchedIndicator(value, compiled.Type, compiled.Action);
        }
    }

    public static IndicatorMatcher Build(IEnumerable<Indicator> indicators)
    {
        ArgumentNullException.ThrowIfNull(indicators);
        var staging = new IndicatorStaging();
        foreach (var indicator in indicators)
        {
            staging.Add(indicator);
        }

        var matcher = new IndicatorMatcher(staging);
        foreach (var (type, value, action, pinned) in staging.Entries())
        {
            matcher.Add(type, value, action, pinned);
        }

        matcher._ipv4Prefixes = [.. Enumerable.Range(0, 33).Where(p => matcher._ipv4Networks[p] is not null).OrderDescending()];
        matcher._ipv6Prefixes = [.. Enumerable.Range(0, 129).Where(p => matcher._ipv6Networks[p] is not null).OrderDescending()];
        matcher._domains.Seal();
        matcher._hashes.Seal();
        matcher._urlHosts.Seal();
        return matcher;
    }

    /// <summary>
    /// Adds one indicator; a value already present (the same value from another file or slice) keeps one entry whose
    /// action follows <see cref="IndicatorMerge"/>: a pinned alert-only wins, otherwise block wins.
    /// </summary>
    private void Add(IndicatorType type, string value, IndicatorAction action, bool pinned)
    {
        var index = _compiled.Count;
        var key = 0;
        var existing = type switch
        {
            IndicatorType.Domain => AddKey(_domains, value, index, out key),
            IndicatorType.Md5 or IndicatorType.Sha1 or IndicatorType.Sha256 => AddKey(_hashes, value, index, out key),
            IndicatorType.Ipv4 or IndicatorType.Ipv6 or IndicatorType.Cidr => AddAddress(value, index, out key),
            IndicatorType.Url => AddUrl(value, index, out key),
            _ => Unhunted,
        };
        if (existing == Unhunted)
        {
            Unsupported++;
            return;
        }

        pinned = pinned && action == IndicatorAction.AlertOnly;
        if (existing < 0)
        {
            _compiled.Add(new Compiled(type, action, pinned, key));
            return;
        }

        var known = _compiled[existing];
        if (pinned)
        {
            _compiled[existing] = known.With(IndicatorAction.AlertOnly, pinned: true);
        }
        else if (!known.Pinned && action == IndicatorAction.Block)
        {
            _compiled[existing] = known.With(IndicatorAction.Block, pinned: false);
        }
    }

    /// <summary>The index of the entry already holding the key, or -1 when it was added as entry <paramref name="key"/>.</summary>
    private static int AddKey(ByteKeyTable table, string value, int index, out int key)
    {
        var bytes = Encoding.UTF8.GetBytes(value.ToLowerInvariant());
        key = 0;
        if (table.TryGet(bytes, out var existing))
        {
            return existing;
        }

        key = table.Add(bytes, index);
        return -1;
    }

    /// <summary>Keeps the text of an indicator whose value is not a table key; its position is the key.</summary>
    private int AddText(string value)
    {
        _texts.Add(value);
        return _texts.Count - 1;
    }

    private int AddUrl(string value, int index, out int key)
    {
        key = 0;
        if (_urls.TryGetValue(value, out var existing))
        {
            return existing;
        }

        key = AddText(value);
        _urls.Add(value, index);
        var host = UrlHost(value);
        if (host.Length > 0)
        {
            _urlHosts.Add(Encoding.UTF8.GetBytes(host), index);
            _urlHostIsAddress |= IPAddress.TryParse(host, out _);
        }

        return -1;
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

    private int AddAddress(string value, int index, out int key)
    {
        key = 0;
        var slash = value.IndexOf('/', StringComparison.Ordinal);
        var addressText = slash < 0 ? value : value[..slash];
        if (!IPAddress.TryParse(addressText, out var address))
        {
            return Unhunted;
        }

        var prefix = slash < 0 ? -1 : int.Parse(value.AsSpan(slash + 1), CultureInfo.InvariantCulture);
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var key32 = ToUInt32(address);
            var table = prefix < 0 ? _ipv4 : _ipv4Networks[prefix] ??= [];
            var masked = prefix < 0 ? key32 : Mask(key32, prefix);
            var first = masked >> 16;
            var last = prefix is >= 0 and < 16 ? first + (1u << (16 - prefix)) - 1 : first;
            for (var slash16 = first; slash16 <= last; slash16++)
            {
                _ipv4Slash16[slash16 >> 6] |= 1UL << (int)(slash16 & 63);
            }

            if (!table.TryAdd(masked, index))
            {
                return table[masked];
            }

            key = prefix < 0 ? (int)key32 : AddText(value);
            return -1;
        }

        var key6 = ToUInt128(address);
        var table6 = prefix < 0 ? _ipv6 : _ipv6Networks[prefix] ??= [];
        var masked6 = prefix < 0 ? key6 : Mask(key6, prefix);
        if (!table6.TryAdd(masked6, index))
        {
            return table6[masked6];
        }

        key = AddText(value);
        return -1;
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

    /// <summary>
    /// An indicator as compiled, in 8 bytes (type and action kept as bytes): for domains and hashes <see cref="Key"/> is
    /// the entry of their key table, for an exact IPv4 address the address itself, otherwise the position of its text.
    /// </summary>
    private readonly struct Compiled(IndicatorType type, IndicatorAction action, bool pinned, int key)
    {
        private readonly byte _type = (byte)type;
        private readonly byte _action = (byte)action;

        public IndicatorType Type => (IndicatorType)_type;

        public IndicatorAction Action => (IndicatorAction)_action;

        public bool Pinned { get; } = pinned;

        public int Key { get; } = key;

        public Compiled With(IndicatorAction action, bool pinned) => new(Type, action, pinned, Key);
    }
}
