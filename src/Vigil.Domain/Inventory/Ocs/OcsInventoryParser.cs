using Vigil.Domain.Common;

namespace Vigil.Domain.Inventory.Ocs;

/// <summary>
/// Parses the XML that OCS Inventory NG and FusionInventory agents POST to an OCS server:
/// <c>&lt;REQUEST&gt;&lt;CONTENT&gt;…&lt;/CONTENT&gt;&lt;DEVICEID&gt;…&lt;/DEVICEID&gt;&lt;QUERY&gt;INVENTORY&lt;/QUERY&gt;&lt;/REQUEST&gt;</c>.
/// Takes the decompressed bytes; the encoding comes from the byte-order mark or the XML declaration. Malformed or
/// hostile input (DTDs, entity bombs, external entities, oversized documents) gives an error with its line and
/// column, never an exception.
/// </summary>
public static class OcsInventoryParser
{
    /// <summary>The longest DEVICEID accepted; agents build it from the host name and a timestamp.</summary>
    public const int MaxDeviceIdLength = 255;

    /// <param name="xml">The document, already decompressed (a segment, so a server can parse from a pooled buffer).</param>
    /// <param name="observedAt">When the server received it (UTC): agents' clocks and zones are not trusted.</param>
    public static Result<OcsRequest> Parse(ArraySegment<byte> xml, DateTime observedAt, OcsParserOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(xml.Array, nameof(xml));
        var read = OcsXmlReader.Read(xml, options ?? OcsParserOptions.Default);
        if (!read.IsSuccess)
        {
            return read.Error!;
        }

        var document = read.Value!;
        var query = OcsValues.Clean(document.Query)?.ToUpperInvariant();
        if (query is null)
        {
            return Error.Validation("ocs.query_missing", "The request has no QUERY (PROLOG or INVENTORY).", "REQUEST/QUERY");
        }

        var deviceId = OcsValues.Clean(document.DeviceId);
        if (deviceId is null)
        {
            return Error.Validation("ocs.deviceid_missing", "The request has no DEVICEID.", "REQUEST/DEVICEID");
        }

        if (deviceId.Length > MaxDeviceIdLength)
        {
            return Error.Validation("ocs.deviceid_too_long", $"The DEVICEID is longer than {MaxDeviceIdLength} characters.", "REQUEST/DEVICEID");
        }

        if (query != OcsQuery.Inventory)
        {
            return new OcsRequest(query, deviceId, null);
        }

        if (!document.HasContent)
        {
            return Error.Validation("ocs.content_missing", "The INVENTORY request has no CONTENT.", "REQUEST/CONTENT");
        }

        var report = new InventoryReport(
            InventorySource.Ocs,
            deviceId,
            DateTime.SpecifyKind(observedAt, DateTimeKind.Utc),
            OcsSnapshotMapper.Map(document),
            UnitHint: OcsSnapshotMapper.UnitHint(document));
        return new OcsRequest(query, deviceId, report);
    }

    /// <summary>Parses a document that must be an INVENTORY (fixtures, files saved with <c>--local</c>).</summary>
    public static Result<InventoryReport> ParseInventory(byte[] xml, DateTime observedAt, OcsParserOptions? options = null)
    {
        var parsed = Parse(xml, observedAt, options);
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        return parsed.Value!.Report is { } report
            ? report
            : Error.Validation("ocs.not_inventory", $"The request is a {parsed.Value.Query}, not an INVENTORY.", "REQUEST/QUERY");
    }
}
