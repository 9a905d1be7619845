using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Domain.Hunting;
using Vigil.Domain.Indicators;

namespace Vigil.Cli.Hunt;

/// <summary>Writes hits as JSON lines, CSV or readable text. Field names and value spellings are the documented schema.</summary>
internal sealed class HuntWriter(TextWriter output, HuntOutputFormat format)
{
    private readonly ArrayBufferWriter<byte> _buffer = new();
    private bool _headerWritten;

    public void Write(HuntHit hit)
    {
        switch (format)
        {
            case HuntOutputFormat.Csv:
                WriteCsv(hit);
                break;
            case HuntOutputFormat.Text:
                var where = hit.Timestamp is null ? "" : $" at {hit.Timestamp}";
                var flow = hit.Src is null && hit.Dst is null ? "" : $" {hit.Src ?? "?"} -> {hit.Dst ?? "?"}";
                output.WriteLine($"{hit.File}:{hit.Line}: {hit.Indicator} ({TypeName(hit.Type)}, {ActionName(hit.Action)}) in {hit.Field}: {hit.Value}{where}{flow}");
                break;
            default:
                WriteJson(hit);
                break;
        }
    }

    private void WriteJson(HuntHit hit)
    {
        _buffer.Clear();
        using (var json = new Utf8JsonWriter(_buffer))
        {
            json.WriteStartObject();
            json.WriteString("indicator", hit.Indicator);
            json.WriteString("type", TypeName(hit.Type));
            json.WriteString("action", ActionName(hit.Action));
            json.WriteString("file", hit.File);
            json.WriteNumber("line", hit.Line);
            json.WriteString("format", FormatName(hit.Format));
            json.WriteString("field", hit.Field);
            json.WriteString("value", hit.Value);
            WriteOptional(json, "timestamp", hit.Timestamp);
            WriteOptional(json, "src", hit.Src);
            WriteOptional(json, "dst", hit.Dst);
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(_buffer.WrittenSpan));
    }

    private static void WriteOptional(Utf8JsonWriter json, string name, string? value)
    {
        if (value is null)
        {
            json.WriteNull(name);
        }
        else
        {
            json.WriteString(name, value);
        }
    }

    private void WriteCsv(HuntHit hit)
    {
        if (!_headerWritten)
        {
            output.WriteLine("indicator,type,action,file,line,format,field,value,timestamp,src,dst");
            _headerWritten = true;
        }

        string[] cells =
        [
            hit.Indicator, TypeName(hit.Type), ActionName(hit.Action), hit.File, hit.Line.ToString(CultureInfo.InvariantCulture),
            FormatName(hit.Format), hit.Field, hit.Value, hit.Timestamp ?? "", hit.Src ?? "", hit.Dst ?? "",
        ];
        output.WriteLine(string.Join(',', cells.Select(Quote)));
    }

    /// <summary>RFC 4180 quoting; a leading =, +, - or @ is prefixed with ' so a spreadsheet does not run log text as a formula.</summary>
    private static string Quote(string cell)
    {
        if (cell.Length > 0 && cell[0] is '=' or '+' or '-' or '@')
        {
            cell = "'" + cell;
        }

        return cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : cell;
    }

    public static string TypeName(IndicatorType type) => type.ToString().ToLowerInvariant();

    public static string ActionName(IndicatorAction action) => action == IndicatorAction.AlertOnly ? "alert-only" : "block";

    public static string FormatName(LogFormat format) => format switch
    {
        LogFormat.SuricataEve => "suricata-eve",
        LogFormat.ZeekTsv => "zeek-tsv",
        LogFormat.ZeekJson => "zeek-json",
        LogFormat.Squid => "squid",
        LogFormat.WindowsDns => "windows-dns",
        LogFormat.WindowsFirewall => "windows-firewall",
        LogFormat.CiscoAsa => "cisco-asa",
        LogFormat.CiscoIos => "cisco-ios",
        _ => "text",
    };
}
