using System.Globalization;
using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>Field-aware reading of one Suricata eve.json or Zeek JSON line that the fast path flagged.</summary>
internal static class JsonLineReader
{
    /// <summary>False when the line is not JSON, so the caller falls back to the token scan.</summary>
    public static bool ReadEve(HuntLine hunt, ReadOnlySpan<byte> line)
    {
        var fields = JsonFields.Collect(line);
        if (fields is null)
        {
            return false;
        }

        string? hostname = null;
        string? port = null;
        foreach (var (path, value) in fields)
        {
            switch (path)
            {
                case "timestamp": hunt.Timestamp = value; break;
                case "src_ip": hunt.Src = value; break;
                case "dest_ip": hunt.Dst = value; break;
                case "dest_port": port = value; break;
                case "http.hostname": hostname = value; break;
            }
        }

        foreach (var (path, value) in fields)
        {
            var kinds = FieldKinds.Eve(path);
            if (path == "http.url" && !value.Contains("://", StringComparison.Ordinal))
            {
                MatchSplitUrl(hunt, path, hostname, port, value);
                continue;
            }

            if (path is "http.url" or "http.http_refer")
            {
                hunt.MatchUrlText(path, value, kinds);
                continue;
            }

            hunt.Match(path, Encoding.UTF8.GetBytes(value), kinds);
        }

        return true;
    }

    public static bool ReadZeek(HuntLine hunt, ReadOnlySpan<byte> line)
    {
        var fields = JsonFields.Collect(line);
        if (fields is null)
        {
            return false;
        }

        string? host = null;
        string? port = null;
        foreach (var (path, value) in fields)
        {
            switch (path)
            {
                case "ts": hunt.Timestamp = ZeekTime(value); break;
                case "id.orig_h": hunt.Src = value; break;
                case "id.resp_h": hunt.Dst = value; break;
                case "id.resp_p": port = value; break;
                case "host": host = value; break;
            }
        }

        foreach (var (path, value) in fields)
        {
            var name = path.EndsWith("[]", StringComparison.Ordinal) ? path[..^2] : path;
            if (name == "uri" && !value.Contains("://", StringComparison.Ordinal))
            {
                MatchSplitUrl(hunt, name, host, port, value);
                continue;
            }

            if (name is "uri" or "referrer")
            {
                hunt.MatchUrlText(name, value, FieldKinds.Zeek(name));
                continue;
            }

            hunt.Match(name, Encoding.UTF8.GetBytes(value), FieldKinds.Zeek(name));
        }

        return true;
    }

    /// <summary>
    /// A request's host and path in two fields: the URL the client asked for is joined from them (the port added when
    /// it is not 80) and compared with the URL indicators. The hit reports the path field and the joined URL.
    /// </summary>
    internal static void MatchSplitUrl(HuntLine hunt, string field, string? host, string? port, string path)
    {
        if (string.IsNullOrEmpty(host) || host == "-" || !hunt.Matcher.HasUrls)
        {
            return;
        }

        var authority = port is null or "80" or "-" || host.Contains(':', StringComparison.Ordinal) ? host : host + ":" + port;
        var index = hunt.Matcher.MatchUrl(authority, path, https: false);
        if (index >= 0)
        {
            hunt.Add(field, "http://" + authority + (path.StartsWith('/') ? "" : "/") + path, index);
        }
    }

    /// <summary>Zeek writes epoch seconds ("1300475167.096535"); hits carry ISO 8601 UTC. Other text is kept.</summary>
    internal static string? ZeekTime(string value)
    {
        if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds is > 0 and < 1e11)
        {
            return DateTimeOffset.UnixEpoch.AddTicks((long)(seconds * TimeSpan.TicksPerSecond)).ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
        }

        return value.Length == 0 || value == "-" ? null : value;
    }
}
