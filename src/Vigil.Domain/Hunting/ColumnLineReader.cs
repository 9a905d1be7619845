using System.Text;

namespace Vigil.Domain.Hunting;

/// <summary>Field-aware reading of one line of the columnar formats: Zeek TSV, Windows Firewall, Squid.</summary>
internal static class ColumnLineReader
{
    public static void ReadZeekTsv(HuntLine hunt, ReadOnlySpan<byte> line, LogHeader header)
    {
        if (line.IsEmpty || line[0] == '#')
        {
            return;
        }

        var columns = Split(line, (byte)'\t');
        string Column(string name) => header.IndexOf(name) is var i && i >= 0 && i < columns.Count ? columns[i] : "-";
        hunt.Timestamp = JsonLineReader.ZeekTime(Column("ts"));
        hunt.Src = Unset(Column("id.orig_h"));
        hunt.Dst = Unset(Column("id.resp_h"));
        for (var i = 0; i < columns.Count && i < header.Fields.Count; i++)
        {
            var name = header.Fields[i];
            var value = columns[i];
            if (value is "-" or "(empty)")
            {
                continue;
            }

            if (name == "uri" && !value.Contains("://", StringComparison.Ordinal))
            {
                JsonLineReader.MatchSplitUrl(hunt, name, Unset(Column("host")), Unset(Column("id.resp_p")), value);
                continue;
            }

            if (name is "uri" or "referrer")
            {
                hunt.MatchUrlText(name, value, FieldKinds.Zeek(name));
                continue;
            }

            hunt.Match(name, Encoding.UTF8.GetBytes(value), FieldKinds.Zeek(name));
        }
    }

    public static void ReadWindowsFirewall(HuntLine hunt, ReadOnlySpan<byte> line, LogHeader header)
    {
        if (line.IsEmpty || line[0] == '#')
        {
            return;
        }

        var columns = Split(line, (byte)' ');
        string? Column(string name) => header.IndexOf(name) is var i && i >= 0 && i < columns.Count ? Unset(columns[i]) : null;
        var date = Column("date");
        var time = Column("time");
        hunt.Timestamp = date is null ? null : time is null ? date : date + " " + time;
        hunt.Src = Column("src-ip");
        hunt.Dst = Column("dst-ip");
        for (var i = 0; i < columns.Count && i < header.Fields.Count; i++)
        {
            hunt.Match(header.Fields[i], Encoding.UTF8.GetBytes(columns[i]), FieldKinds.WindowsFirewall(header.Fields[i]));
        }
    }

    /// <summary>
    /// Squid native access.log: time elapsed client code/status bytes method URL user hierarchy/peer type. The client
    /// is the source, the peer the destination; the URL (or "host:port" of a CONNECT) is matched as URL and domain.
    /// </summary>
    public static void ReadSquid(HuntLine hunt, ReadOnlySpan<byte> line)
    {
        var columns = Split(line, (byte)' ').Where(c => c.Length > 0).ToList();
        if (columns.Count < 7)
        {
            hunt.Match("text", line, HuntValueKinds.All);
            return;
        }

        hunt.Timestamp = JsonLineReader.ZeekTime(columns[0]);
        hunt.Src = columns[2];
        var peer = columns.Count > 8 ? columns[8] : null;
        var slash = peer?.IndexOf('/', StringComparison.Ordinal) ?? -1;
        hunt.Dst = slash >= 0 ? Unset(peer![(slash + 1)..]) : null;
        hunt.Match("client", Encoding.UTF8.GetBytes(columns[2]), HuntValueKinds.Address);
        hunt.MatchUrlText("url", columns[6], HuntValueKinds.Url | HuntValueKinds.Domain | HuntValueKinds.Address);
        if (hunt.Dst is not null)
        {
            hunt.Match("peer", Encoding.UTF8.GetBytes(hunt.Dst), HuntValueKinds.Address);
        }
    }

    private static string? Unset(string value) => value is "-" or "(empty)" or "" ? null : value;

    private static List<string> Split(ReadOnlySpan<byte> line, byte separator)
    {
        var columns = new List<string>();
        foreach (var range in line.Split(separator))
        {
            columns.Add(Encoding.UTF8.GetString(line[range]));
        }

        return columns;
    }
}
