using System.Buffers;
using System.Net;
using System.Net.Sockets;
using System.Text;
using Microsoft.Extensions.Options;
using Vigil.Domain.Alerts.Syslog;

namespace Vigil.Server.Features.Alerts.Syslog;

/// <summary>
/// Listens for syslog on UDP and TCP, parses each message (RFC 3164 / 5424), maps the sender to its unit and hands
/// the line to the spool. Messages of unmapped senders are counted and dropped, with a warning at most once a minute.
/// </summary>
public sealed class SyslogReceiver(IServiceScopeFactory scopes, SyslogSpool spool, TimeProvider clock, IOptions<SyslogOptions> options, ILogger<SyslogReceiver> logger)
    : BackgroundService
{
    private readonly TaskCompletionSource _listening = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private SyslogSenderMap? _map;
    private DateTime _mapLoadedAt;
    private DateTime _lastDropWarning;
    private long _dropped;
    private int _connections;

    /// <summary>The bound UDP endpoint (null when UDP is off).</summary>
    public IPEndPoint? UdpEndpoint { get; private set; }

    public IPEndPoint? TcpEndpoint { get; private set; }

    /// <summary>Messages of senders no rule maps to a unit.</summary>
    public long Dropped => Interlocked.Read(ref _dropped);

    /// <summary>Completes once the sockets are bound (at once when the receiver is off).</summary>
    public Task Listening => _listening.Task;

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var settings = options.Value;
        if (!settings.Enabled)
        {
            _listening.TrySetResult();
            return;
        }

        var address = IPAddress.Parse(settings.ListenAddress);
        var loops = new List<Task>();
        using var udp = settings.UdpPort >= 0 ? new UdpClient(new IPEndPoint(address, settings.UdpPort)) : null;
        var tcp = settings.TcpPort >= 0 ? new TcpListener(address, settings.TcpPort) : null;
        try
        {
            if (udp is not null)
            {
                UdpEndpoint = (IPEndPoint)udp.Client.LocalEndPoint!;
                loops.Add(UdpLoopAsync(udp, stoppingToken));
            }

            if (tcp is not null)
            {
                tcp.Start();
                TcpEndpoint = (IPEndPoint)tcp.LocalEndpoint;
                loops.Add(TcpLoopAsync(tcp, stoppingToken));
            }

            Log.SyslogListening(logger, UdpEndpoint?.ToString() ?? "off", TcpEndpoint?.ToString() ?? "off");
            _listening.TrySetResult();
            await Task.WhenAll(loops);
        }
        finally
        {
            tcp?.Stop();
        }
    }

    private async Task UdpLoopAsync(UdpClient udp, CancellationToken ct)
    {
        var max = options.Value.MaxMessageBytes;
        while (!ct.IsCancellationRequested)
        {
            UdpReceiveResult datagram;
            try
            {
                datagram = await udp.ReceiveAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            catch (SocketException)
            {
                continue; // An ICMP "port unreachable" of an earlier send surfaces here on some systems.
            }

            var bytes = datagram.Buffer.AsSpan(0, Math.Min(datagram.Buffer.Length, max));
            await AcceptAsync(datagram.RemoteEndPoint.Address, Encoding.UTF8.GetString(bytes), ct);
        }
    }

    private async Task TcpLoopAsync(TcpListener listener, CancellationToken ct)
    {
        while (!ct.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await listener.AcceptTcpClientAsync(ct);
            }
            catch (OperationCanceledException)
            {
                return;
            }

            if (Interlocked.Increment(ref _connections) > options.Value.MaxConnections)
            {
                Interlocked.Decrement(ref _connections);
                client.Dispose();
                continue;
            }

            _ = Task.Run(async () =>
            {
                try
                {
                    await ConnectionAsync(client, ct);
                }
                catch (Exception e) when (e is IOException or SocketException or OperationCanceledException)
                {
                    // The sender went away or the server stops: what was framed is already handed on.
                }
                finally
                {
                    Interlocked.Decrement(ref _connections);
                    client.Dispose();
                }
            }, ct);
        }
    }

    private async Task ConnectionAsync(TcpClient client, CancellationToken ct)
    {
        var max = options.Value.MaxMessageBytes;
        var sender = ((IPEndPoint)client.Client.RemoteEndPoint!).Address;
        var stream = client.GetStream();
        var buffer = ArrayPool<byte>.Shared.Rent(max + 64);
        try
        {
            var filled = 0;
            while (true)
            {
                var read = await stream.ReadAsync(buffer.AsMemory(filled, buffer.Length - filled), ct);
                if (read == 0)
                {
                    if (filled > 0 && buffer[0] is not (>= (byte)'1' and <= (byte)'9'))
                    {
                        await AcceptAsync(sender, Encoding.UTF8.GetString(buffer, 0, filled), ct); // A last line without LF.
                    }

                    return;
                }

                filled += read;
                var start = 0;
                while (true)
                {
                    var outcome = SyslogFraming.Next(buffer.AsSpan(start, filled - start), max, out var frame, out var consumed);
                    if (outcome == SyslogFraming.Outcome.Broken)
                    {
                        return;
                    }

                    if (outcome == SyslogFraming.Outcome.NeedMore)
                    {
                        break;
                    }

                    var (offset, length) = frame.GetOffsetAndLength(filled - start);
                    if (length > 0)
                    {
                        await AcceptAsync(sender, Encoding.UTF8.GetString(buffer, start + offset, length), ct);
                    }

                    start += consumed;
                }

                Buffer.BlockCopy(buffer, start, buffer, 0, filled - start);
                filled -= start;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private async Task AcceptAsync(IPAddress sender, string text, CancellationToken ct)
    {
        var unit = await UnitOfAsync(sender, ct);
        if (unit is null)
        {
            Interlocked.Increment(ref _dropped);
            var now = clock.GetUtcNow().UtcDateTime;
            if (now - _lastDropWarning >= TimeSpan.FromMinutes(1))
            {
                _lastDropWarning = now;
                Log.SyslogSenderUnmapped(logger, sender.ToString(), Dropped);
            }

            return;
        }

        var message = SyslogParser.Parse(text);
        await spool.EnqueueAsync(unit.Value, message.ToLine(clock.GetUtcNow().UtcDateTime), ct);
    }

    /// <summary>The sender's unit; the rules are read again (at most every 30 s) when a sender is not mapped, so units created later count.</summary>
    private async Task<Guid?> UnitOfAsync(IPAddress sender, CancellationToken ct)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        if (_map?.UnitOf(sender) is { } known)
        {
            return known;
        }

        if (_map is not null && now - _mapLoadedAt < TimeSpan.FromSeconds(30))
        {
            return null;
        }

        await using var scope = RehuntJob.SystemScope(scopes, "syslog");
        var (map, problems) = await SyslogSenderMap.LoadAsync(scope.ServiceProvider.GetRequiredService<Storage.VigilDbContext>(), options.Value.Senders, ct);
        foreach (var problem in problems)
        {
            Log.SyslogSenderRuleInvalid(logger, problem);
        }

        _map = map;
        _mapLoadedAt = now;
        return map.UnitOf(sender);
    }
}
