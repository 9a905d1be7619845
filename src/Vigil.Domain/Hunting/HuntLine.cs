using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>
/// One candidate line being read field by field: the line's facts (time, addresses) and the hits found so far. The
/// structured readers call <see cref="Match"/> for each field with the kinds that field can hold.
/// </summary>
internal sealed class HuntLine(IndicatorMatcher matcher, string file, LogFormat format)
{
    private readonly List<MatchCandidate> _scratch = [];
    private readonly List<(string Field, string Value, int Indicator)> _found = [];

    public IndicatorMatcher Matcher { get; } = matcher;

    public long Line { get; private set; }

    public string? Timestamp { get; set; }

    public string? Src { get; set; }

    public string? Dst { get; set; }

    public void Reset(long line)
    {
        Line = line;
        Timestamp = null;
        Src = null;
        Dst = null;
        _found.Clear();
    }

    /// <summary>Matches every token of one field's value and keeps the hits of the kinds the field can hold.</summary>
    public void Match(string field, ReadOnlySpan<byte> value, HuntValueKinds kinds)
    {
        if (kinds == HuntValueKinds.None || value.IsEmpty)
        {
            return;
        }

        _scratch.Clear();
        Matcher.Scan(value, _scratch);
        _scratch.Sort((a, b) => a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.Indicator.CompareTo(b.Indicator));
        foreach (var candidate in _scratch)
        {
            if (candidate.IsHit && (candidate.Kind & kinds) != 0)
            {
                Add(field, Encoding.UTF8.GetString(value.Slice(candidate.Start, candidate.Length)), candidate.Indicator);
            }
        }
    }

    /// <summary>
    /// A field holding a URL (or a CONNECT "host:port"): URL indicators are compared with the whole URL, address and
    /// domain indicators with its host only, so a domain written in the path or query is not a hit.
    /// </summary>
    public void MatchUrlText(string field, string url, HuntValueKinds kinds)
    {
        var bytes = Encoding.UTF8.GetBytes(url);
        Match(field, bytes, kinds & HuntValueKinds.Url);
        var hostKinds = kinds & (HuntValueKinds.Domain | HuntValueKinds.Address);
        if (hostKinds != 0)
        {
            var host = url.Contains("://", StringComparison.Ordinal) ? IndicatorMatcher.UrlHost(url) : url;
            if (!url.Contains("://", StringComparison.Ordinal) && host.LastIndexOf(':') is var colon && colon > 0 && host.IndexOf(':', StringComparison.Ordinal) == colon)
            {
                host = host[..colon];
            }

            Match(field, Encoding.UTF8.GetBytes(host), hostKinds);
        }
    }

    public void Add(string field, string value, int indicator)
    {
        foreach (var existing in _found)
        {
            if (existing.Indicator == indicator && existing.Field == field && existing.Value == value)
            {
                return;
            }
        }

        _found.Add((field, value, indicator));
    }

    public void Flush(List<HuntHit> output)
    {
        foreach (var (field, value, index) in _found)
        {
            var indicator = Matcher[index];
            output.Add(new HuntHit(indicator.Value, indicator.Type, indicator.Action, file, Line, format, field, value, Timestamp, Src, Dst));
        }

        _found.Clear();
    }
}
