using System.Net;
using System.Net.Sockets;
using Vigil.Domain.Common;
using Vigil.Domain.Devices.Snmp;

namespace Vigil.Server.Features.NetworkDevices.Snmp;

/// <summary>
/// One UDP socket to one agent: sends a request, waits for the datagram that answers it, and sends again after each
/// timeout. Datagrams from other addresses, or that <c>isAnswer</c> rejects (another request id or message id, a late
/// answer to an earlier try), are dropped and waiting goes on.
/// </summary>
internal sealed class SnmpTransport(IPEndPoint remote, TimeSpan timeout, int retries, ILogger logger) : IDisposable
{
    private readonly Socket _socket = CreateSocket(remote);
    private readonly byte[] _buffer = new byte[SnmpV3Messages.MaxMessageSize];

    public IPEndPoint Remote => remote;

    /// <summary>Sends <paramref name="request"/> until <paramref name="isAnswer"/> accepts a reply; the reply's bytes or a timeout error.</summary>
    public async Task<Result<byte[]>> ExchangeAsync(Func<byte[]> request, Func<byte[], bool> isAnswer, CancellationToken ct)
    {
        for (var attempt = 0; attempt <= retries; attempt++)
        {
            // A fresh message per try where the caller wants it (a v3 request carries the engine time it was sent at).
            await _socket.SendToAsync(request(), SocketFlags.None, remote, ct);
            using var wait = CancellationTokenSource.CreateLinkedTokenSource(ct);
            wait.CancelAfter(timeout);
            try
            {
                while (true)
                {
                    var received = await _socket.ReceiveFromAsync(_buffer, SocketFlags.None, new IPEndPoint(remote.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0), wait.Token);
                    var data = _buffer.AsSpan(0, received.ReceivedBytes).ToArray();
                    if (remote.Equals(received.RemoteEndPoint) && isAnswer(data))
                    {
                        return data;
                    }

                    Log.SnmpStrayDatagram(logger, received.RemoteEndPoint.ToString() ?? "?");
                }
            }
            catch (OperationCanceledException) when (!ct.IsCancellationRequested)
            {
                // This try timed out; send again.
            }
            catch (SocketException e) when (e.SocketErrorCode is SocketError.ConnectionReset or SocketError.ConnectionRefused)
            {
                // ICMP port unreachable: nothing listens there; retrying changes nothing.
                return Error.Validation(SnmpCodes.Unreachable, $"{remote} refused the request (ICMP port unreachable): no SNMP agent listens on that address and port.");
            }
        }

        return Error.Validation(SnmpCodes.Timeout,
            $"No answer from {remote} after {retries + 1} tries of {timeout.TotalSeconds:0.#} s: the address or port is wrong, the community or v3 user does not match (v2c agents stay silent then), or a firewall drops SNMP.");
    }

    public void Dispose() => _socket.Dispose();

    private static Socket CreateSocket(IPEndPoint remote)
    {
        var socket = new Socket(remote.AddressFamily, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(remote.AddressFamily == AddressFamily.InterNetworkV6 ? IPAddress.IPv6Any : IPAddress.Any, 0));
        return socket;
    }
}
