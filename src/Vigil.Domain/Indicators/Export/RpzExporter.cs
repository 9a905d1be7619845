using System.Globalization;
using System.Net;
using System.Text;

namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// A DNS Response Policy Zone for BIND (and Unbound's rpz module): "name CNAME ." answers NXDOMAIN for the name and
/// "*.name CNAME ." for every name below it; with <see cref="IndicatorExportOptions.RpzIpTriggers"/> answers that
/// point at a listed address or network are rewritten too ("32.4.3.2.1.rpz-ip CNAME ."). The serial is the
/// generation time in Unix seconds, so every export is newer than the last. Load: <c>response-policy { zone "rpz.vigil"; };</c>
/// with the file as that zone's master file.
/// </summary>
internal static class RpzExporter
{
    public static ExportFile Write(IReadOnlyList<Indicator> live, IndicatorExportOptions options)
    {
        var ipTriggers = options.RpzIpTriggers;
        var selection = ExportSelection.Select(live, options, enforcement: true, t => t == IndicatorType.Domain || (ipTriggers && ExportSelection.IsAddress(t)));
        var origin = options.RpzOrigin.EndsWith('.') ? options.RpzOrigin : options.RpzOrigin + ".";
        var text = new StringBuilder();
        var records = new StringBuilder();
        var entries = 0;
        foreach (var indicator in selection.Selected)
        {
            if (indicator.Type == IndicatorType.Domain)
            {
                // Both owner names must fit in 255 octets once the origin is appended.
                if (indicator.Value.Value.Length + 2 + origin.Length > 254)
                {
                    continue;
                }

                records.Append(indicator.Value.Value).Append(" CNAME .\n");
                records.Append("*.").Append(indicator.Value.Value).Append(" CNAME .\n");
            }
            else
            {
                records.Append(IpTrigger(indicator.Value.Value)).Append(" CNAME .\n");
            }

            entries++;
        }

        ExportText.Comment(text, ";", selection.Header("rpz", options, entries,
            $"Zone {origin}: NXDOMAIN for each name and its subdomains" + (ipTriggers ? "; answers with a listed address are rewritten" : ""),
            $"Check: named-checkzone {origin.TrimEnd('.')} FILE"));
        var serial = Math.Clamp(options.Now.ToUnixTimeSeconds(), 1, uint.MaxValue);
        text.Append("$TTL 300\n$ORIGIN ").Append(origin).Append('\n');
        text.Append("@ IN SOA localhost. hostmaster.localhost. ( ").Append(serial.ToString(CultureInfo.InvariantCulture)).Append(" 3600 600 86400 300 )\n");
        text.Append("@ IN NS localhost.\n");
        text.Append(records);
        return selection.File($"{ExportText.Identifier(origin.TrimEnd('.'), ".-_", 63)}.zone", "text/dns; charset=utf-8", text.ToString(), entries);
    }

    /// <summary>"1.2.3.0/24" → "24.0.3.2.1.rpz-ip"; "2001:db8::/32" → "32.zz.db8.2001.rpz-ip" (groups reversed, "zz" for the zero run).</summary>
    internal static string IpTrigger(string value)
    {
        var (address, prefix) = ExportText.Network(value);
        if (address.AddressFamily == System.Net.Sockets.AddressFamily.InterNetwork)
        {
            var bytes = address.GetAddressBytes();
            return $"{prefix}.{bytes[3]}.{bytes[2]}.{bytes[1]}.{bytes[0]}.rpz-ip";
        }

        var raw = address.GetAddressBytes();
        var groups = new int[8];
        for (var i = 0; i < 8; i++)
        {
            groups[i] = (raw[2 * i] << 8) | raw[(2 * i) + 1];
        }

        // The longest run of two or more zero groups becomes "zz", as in RFC 5952's "::".
        var (bestStart, bestLength) = (-1, 1);
        for (var i = 0; i < 8;)
        {
            var j = i;
            while (j < 8 && groups[j] == 0)
            {
                j++;
            }

            if (j - i > bestLength)
            {
                (bestStart, bestLength) = (i, j - i);
            }

            i = j == i ? i + 1 : j;
        }

        var labels = new List<string>();
        for (var i = 0; i < 8; i++)
        {
            if (i == bestStart)
            {
                labels.Add("zz");
                i += bestLength - 1;
                continue;
            }

            labels.Add(groups[i].ToString("x", CultureInfo.InvariantCulture));
        }

        labels.Reverse();
        return $"{prefix}.{string.Join('.', labels)}.rpz-ip";
    }
}
