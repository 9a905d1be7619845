using System.Buffers.Binary;
using System.Security.Cryptography;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Snmp;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// Requests to one agent with one profile: v2c (community) or v3 USM — engine discovery first, then signed and
/// encrypted requests, one resynchronise-and-retry on notInTimeWindow, and Report PDUs turned into precise errors.
/// Responses are matched by request id (and v3 message id); an error-status in a response is an error.
/// </summary>
internal sealed class SnmpSession(SnmpTransport transport, SnmpCredentials credentials, TimeProvider clock, ILogger logger)
{
    private UsmEngine? _engine;
    private long _engineLearntAt;
    private UsmLocalizedUser? _user;
    private ulong _salt = BinaryPrimitives.ReadUInt64BigEndian(RandomNumberGenerator.GetBytes(8));

    public async Task<Result<SnmpPdu>> RequestAsync(Func<int, SnmpPdu> pdu, CancellationToken ct)
    {
        return credentials.IsV3 ? await RequestV3Async(pdu, ct) : await RequestV2cAsync(pdu(NewId()), ct);
    }

    private async Task<Result<SnmpPdu>> RequestV2cAsync(SnmpPdu pdu, CancellationToken ct)
    {
        SnmpPdu? response = null;
        var bytes = SnmpCodec.EncodeV2c(credentials.Community, pdu);
        var exchanged = await transport.ExchangeAsync(() => bytes, data =>
        {
            var decoded = SnmpCodec.Decode(data);
            if (decoded.IsSuccess && decoded.Value!.Pdu is { Type: BerTag.Response } reply && reply.RequestId == pdu.RequestId)
            {
                response = reply;
                return true;
            }

            return false;
        }, ct);
        return exchanged.IsSuccess ? Checked(response!) : exchanged.Error!;
    }

    private async Task<Result<SnmpPdu>> RequestV3Async(Func<int, SnmpPdu> pdu, CancellationToken ct)
    {
        if (_engine is null)
        {
            var discovered = await DiscoverAsync(ct);
            if (discovered is not null)
            {
                return discovered;
            }
        }

        for (var attempt = 0; ; attempt++)
        {
            var sent = pdu(NewId());
            var reply = await ExchangeV3Async(sent, ct);
            if (!reply.IsSuccess)
            {
                return reply.Error!;
            }

            var answer = reply.Value!;
            if (answer.Pdu.Type == BerTag.Report && answer.Pdu.VarBinds.Count > 0 && answer.Pdu.VarBinds[0].Oid == SnmpV3Messages.NotInTimeWindows && attempt == 0)
            {
                Log.SnmpResynchronised(logger, transport.Remote.Address.ToString(), transport.Remote.Port);
                Learn(answer.Engine);
                continue;
            }

            return SnmpV3Messages.ReportError(answer.Pdu, credentials.User!.Name) is { } error ? error : Checked(answer.Pdu);
        }
    }

    /// <summary>RFC 3414 4: an empty request makes the agent report its engine id, boots and time.</summary>
    private async Task<Error?> DiscoverAsync(CancellationToken ct)
    {
        var messageId = NewId();
        var request = SnmpV3Messages.Discovery(messageId, NewId());
        SnmpV3Reply? report = null;
        var exchanged = await transport.ExchangeAsync(() => request, data =>
        {
            var opened = SnmpV3Messages.Open(data, null, messageId);
            report = opened.IsSuccess ? opened.Value : null;
            return report is not null;
        }, ct);
        if (!exchanged.IsSuccess)
        {
            return exchanged.Error! with
            {
                Message = exchanged.Error!.Message.Replace("the community or v3 user does not match (v2c agents stay silent then), ", "the agent does not speak SNMPv3, ", StringComparison.Ordinal),
            };
        }

        if (report!.Engine.EngineId.Length == 0)
        {
            return Error.Validation(SnmpCodes.UnknownEngineId, $"{transport.Remote} answered the SNMPv3 discovery without an engine id.");
        }

        Learn(report.Engine);
        return null;
    }

    private async Task<Result<SnmpV3Reply>> ExchangeV3Async(SnmpPdu pdu, CancellationToken ct)
    {
        var messageId = NewId();
        Result<SnmpV3Reply>? opened = null;
        var exchanged = await transport.ExchangeAsync(() => SnmpV3Messages.Request(_user!, CurrentEngine(), messageId, pdu, credentials.ContextName, ++_salt), data =>
        {
            var result = SnmpV3Messages.Open(data, _user, messageId);
            if (!result.IsSuccess && result.Error!.Code is SnmpV3Messages.OtherMessage or SnmpCodes.Malformed)
            {
                return false;
            }

            if (result.IsSuccess && result.Value!.Pdu.Type != BerTag.Report && result.Value.Pdu.RequestId != pdu.RequestId)
            {
                return false;
            }

            opened = result;
            return true;
        }, ct);
        return exchanged.IsSuccess ? opened!.Value : exchanged.Error!;
    }

    private void Learn(UsmEngine engine)
    {
        if (_engine is null || !_engine.EngineId.AsSpan().SequenceEqual(engine.EngineId))
        {
            _user = credentials.User!.Localize(engine.EngineId);
        }

        _engine = engine;
        _engineLearntAt = clock.GetTimestamp();
    }

    /// <summary>The agent's clock now: its time when learnt plus the seconds since (RFC 3414 2.3).</summary>
    private UsmEngine CurrentEngine()
    {
        var elapsed = (int)clock.GetElapsedTime(_engineLearntAt).TotalSeconds;
        return _engine! with { Time = _engine.Time + elapsed };
    }

    private static Result<SnmpPdu> Checked(SnmpPdu response) =>
        response.ErrorStatus == 0 ? response
            : Error.Validation(SnmpCodes.ErrorStatus, $"The agent answered with error-status {ErrorName(response.ErrorStatus)} at variable {response.ErrorIndex}.");

    private static string ErrorName(int status) => status switch
    {
        1 => "tooBig",
        2 => "noSuchName",
        3 => "badValue",
        5 => "genErr",
        6 => "noAccess",
        16 => "authorizationError",
        _ => status.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    private static int NewId() => RandomNumberGenerator.GetInt32(1, int.MaxValue);
}
