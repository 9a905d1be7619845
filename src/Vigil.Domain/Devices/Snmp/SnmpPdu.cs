namespace Vigil.Domain.Devices.Snmp;

/// <summary>
/// A PDU: its tag (<see cref="BerTag.GetRequest"/> … <see cref="BerTag.Report"/>), request id, and error status and
/// index — which a GetBulkRequest uses as non-repeaters and max-repetitions.
/// </summary>
public sealed record SnmpPdu(byte Type, int RequestId, int ErrorStatus, int ErrorIndex, IReadOnlyList<SnmpVarBind> VarBinds)
{
    /// <summary>Most variable bindings read from one PDU; more is not a device answering us.</summary>
    public const int MaxVarBinds = 2048;

    public static SnmpPdu Get(int requestId, IEnumerable<SnmpOid> oids) =>
        new(BerTag.GetRequest, requestId, 0, 0, oids.Select(o => new SnmpVarBind(o, SnmpValue.Null)).ToArray());

    public static SnmpPdu GetBulk(int requestId, int maxRepetitions, IEnumerable<SnmpOid> oids) =>
        new(BerTag.GetBulkRequest, requestId, 0, maxRepetitions, oids.Select(o => new SnmpVarBind(o, SnmpValue.Null)).ToArray());

    public byte[] Encode()
    {
        var binds = VarBinds.Select(v => BerWriter.Sequence(BerWriter.ObjectIdentifier(v.Oid), v.Value.Encode())).ToArray();
        return BerWriter.Constructed(Type, BerWriter.Integer(RequestId), BerWriter.Integer(ErrorStatus), BerWriter.Integer(ErrorIndex),
            BerWriter.Sequence(binds));
    }

    /// <summary>Reads a PDU from <paramref name="reader"/>; on failure returns null with the reason in <paramref name="problem"/>.</summary>
    public static SnmpPdu? TryRead(ref BerReader reader, out string? problem)
    {
        problem = null;
        var start = reader.Offset;
        if (!reader.TryReadElement(out var type, out var content, out var offset))
        {
            problem = "PDU: " + reader.Problem;
            return null;
        }

        if (type is < BerTag.GetRequest or > BerTag.Report or 0xA4)
        {
            problem = $"byte {start}: tag 0x{type:X2} is not an SNMPv2 PDU";
            return null;
        }

        var pdu = new BerReader(content, offset);
        if (!pdu.TryReadInteger("request-id", out var requestId) || !pdu.TryReadInteger("error-status", out var status)
            || !pdu.TryReadInteger("error-index", out var index))
        {
            problem = pdu.Problem;
            return null;
        }

        if (requestId is < int.MinValue or > int.MaxValue || status is < 0 or > int.MaxValue || index is < 0 or > int.MaxValue)
        {
            problem = $"byte {start}: request-id, error-status or error-index is out of range";
            return null;
        }

        if (!pdu.TryReadSequence("variable-bindings", out var list))
        {
            problem = pdu.Problem;
            return null;
        }

        var binds = new List<SnmpVarBind>();
        while (list.HasMore)
        {
            if (binds.Count >= MaxVarBinds)
            {
                problem = $"more than {MaxVarBinds} variable bindings";
                return null;
            }

            var at = list.Offset;
            if (!list.TryReadSequence("variable-binding", out var bind) || !bind.TryReadOid("name", out var oid)
                || !bind.TryReadElement(out var tag, out var value, out _))
            {
                problem = list.Problem ?? bind.Problem;
                return null;
            }

            if (!SnmpValue.TryDecode(tag, value, out var decoded))
            {
                problem = $"byte {at}: the value of {oid} (tag 0x{tag:X2}) is malformed";
                return null;
            }

            binds.Add(new SnmpVarBind(oid, decoded));
        }

        return new SnmpPdu(type, (int)requestId, (int)status, (int)index, binds);
    }
}
