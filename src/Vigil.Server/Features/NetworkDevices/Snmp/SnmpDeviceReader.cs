using Vigil.Domain.Common;
using Vigil.Domain.Devices.Snmp;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// What a poll reads: sysDescr, sysObjectID, sysUpTime and sysName with one GET, then the entPhysicalTable columns
/// that make show inventory (class, descr, name, software rev, serial, model) each walked with GETBULK.
/// </summary>
internal static class SnmpDeviceReader
{
    public static readonly SnmpOid SysDescr = SnmpOid.Parse("1.3.6.1.2.1.1.1.0");
    public static readonly SnmpOid SysObjectId = SnmpOid.Parse("1.3.6.1.2.1.1.2.0");
    public static readonly SnmpOid SysUpTime = SnmpOid.Parse("1.3.6.1.2.1.1.3.0");
    public static readonly SnmpOid SysName = SnmpOid.Parse("1.3.6.1.2.1.1.5.0");
    public static readonly SnmpOid EntPhysicalEntry = SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1");

    private const uint DescrColumn = 2;
    private const uint ClassColumn = 5;
    private const uint NameColumn = 7;
    private const uint SoftwareRevColumn = 10;
    private const uint SerialColumn = 11;
    private const uint ModelColumn = 13;

    public static async Task<Result<SnmpDeviceReading>> ReadAsync(SnmpSession session, SnmpOptions options, CancellationToken ct)
    {
        var system = await session.RequestAsync(id => SnmpPdu.Get(id, [SysDescr, SysObjectId, SysUpTime, SysName]), ct);
        if (!system.IsSuccess)
        {
            return system.Error!;
        }

        string? Text(SnmpOid oid) => system.Value!.VarBinds.FirstOrDefault(v => v.Oid == oid && !v.Value.IsException)?.Value.Text;
        var upTime = system.Value!.VarBinds.FirstOrDefault(v => v.Oid == SysUpTime && v.Value.Tag == BerTag.TimeTicks)?.Value.Number;
        if (Text(SysDescr) is null && Text(SysObjectId) is null)
        {
            return Error.Validation(SnmpCodes.NoAnswer, "The agent answered but gives neither sysDescr nor sysObjectID: its view does not include the system group.");
        }

        var columns = new Dictionary<uint, Dictionary<uint, SnmpValue>>();
        foreach (var column in new[] { ClassColumn, ModelColumn, SerialColumn, DescrColumn, NameColumn, SoftwareRevColumn })
        {
            var walked = await WalkAsync(session, EntPhysicalEntry.Append(column), options, ct);
            if (!walked.IsSuccess)
            {
                return walked.Error!;
            }

            columns[column] = walked.Value!;
        }

        string? Cell(uint column, uint index) => columns[column].TryGetValue(index, out var v) ? v.Text : null;
        var indexes = columns.Values.SelectMany(c => c.Keys).Distinct().Order().ToList();
        var rows = indexes.Select(i => new SnmpEntityRow(i, columns[ClassColumn].TryGetValue(i, out var c) ? (int)c.Number : 0,
            Cell(DescrColumn, i), Cell(NameColumn, i), Cell(ModelColumn, i), Cell(SerialColumn, i), Cell(SoftwareRevColumn, i))).ToList();
        return new SnmpDeviceReading(Text(SysDescr), Text(SysObjectId), Text(SysName), upTime, rows);
    }

    /// <summary>A column's cells by their single-arc index; stops at the column's end, endOfMibView or the row limit.</summary>
    private static async Task<Result<Dictionary<uint, SnmpValue>>> WalkAsync(SnmpSession session, SnmpOid column, SnmpOptions options, CancellationToken ct)
    {
        var cells = new Dictionary<uint, SnmpValue>();
        var next = column;
        while (cells.Count < options.MaxEntityRows)
        {
            var current = next;
            var reply = await session.RequestAsync(id => SnmpPdu.GetBulk(id, options.MaxRepetitions, [current]), ct);
            if (!reply.IsSuccess)
            {
                return reply.Error!;
            }

            if (reply.Value!.VarBinds.Count == 0)
            {
                return cells;
            }

            foreach (var bind in reply.Value.VarBinds)
            {
                if (bind.Value.IsException || !bind.Oid.StartsWith(column) || bind.Oid.Length != column.Length + 1)
                {
                    return cells;
                }

                if (bind.Oid <= next)
                {
                    return Error.Validation(SnmpCodes.Malformed, $"The agent walked backwards ({bind.Oid} after {next}); its ENTITY-MIB cannot be read.");
                }

                cells[bind.Oid.Arcs[^1]] = bind.Value;
                next = bind.Oid;
            }
        }

        return cells;
    }
}
