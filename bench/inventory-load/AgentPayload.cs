using System.Globalization;
using System.Text;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// A recorded Vigil agent inventory (<see cref="AgentInventoryDto"/> as JSON), re-identified per simulated machine.
/// The body is serialised once per machine; only <c>collectedAt</c> is stamped per request, as the agent stamps each
/// collection, so an unchanged re-report carries a newer time like a real one.
/// </summary>
internal sealed class AgentPayload(AgentInventoryDto template)
{
    public const string ContentType = "application/json";

    // A sentinel time found in the serialised body and cut out, so the request time can be put in its place.
    private static readonly DateTime s_sentinel = new(2001, 2, 3, 4, 5, 6, DateTimeKind.Utc);

    public AgentInventoryDto Template { get; } = template;

    public static AgentPayload Load(string path)
    {
        using var file = File.OpenRead(path);
        var dto = JsonSerializer.Deserialize(file, VigilJsonContext.Default.AgentInventoryDto)
            ?? throw new InvalidDataException($"{path}: empty agent inventory.");
        return new AgentPayload(dto);
    }

    public StampedBody Inventory(MachineIdentity id)
    {
        var macs = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        var dto = Template with
        {
            CollectedAt = s_sentinel,
            Hostname = id.Hostname,
            SmbiosUuid = id.Uuid,
            SerialNumber = id.Serial,
            NetworkInterfaces = Template.NetworkInterfaces?.ConvertAll(n => n with
            {
                MacAddress = n.MacAddress is null or "00:00:00:00:00:00"
                    ? n.MacAddress
                    : macs.TryGetValue(n.MacAddress, out var mac) ? mac : macs[n.MacAddress] = id.Mac(macs.Count),
            }),
        };
        var json = JsonSerializer.SerializeToUtf8Bytes(dto, VigilJsonContext.Default.AgentInventoryDto);
        var marker = Encoding.UTF8.GetBytes(JsonSerializer.Serialize(s_sentinel, VigilJsonContext.Default.DateTime));
        var at = json.AsSpan().IndexOf(marker);
        if (at < 0)
        {
            throw new InvalidOperationException("collectedAt not found in the serialised inventory.");
        }

        return new StampedBody(json[..at], json[(at + marker.Length)..]);
    }
}

/// <summary>A JSON body in two halves around the quoted collection time.</summary>
internal sealed record StampedBody(byte[] Before, byte[] After)
{
    public byte[] At(DateTime utc)
    {
        var stamp = Encoding.UTF8.GetBytes("\"" + utc.ToString("yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'", CultureInfo.InvariantCulture) + "\"");
        var body = new byte[Before.Length + stamp.Length + After.Length];
        Before.CopyTo(body, 0);
        stamp.CopyTo(body, Before.Length);
        After.CopyTo(body, Before.Length + stamp.Length);
        return body;
    }
}
