using System.Net;
using Microsoft.Extensions.Logging;
using Vigil.Domain.Devices.Snmp;
using Vigil.Server.Features.NetworkDevices.Snmp;

namespace Vigil.Server.Tests.NetworkDevices.Snmp;

/// <summary>The SNMPv3 session against net-snmp's snmpd where the API cannot reach: the agent's clock drifting out of our window.</summary>
public sealed class SnmpSessionTests(SnmpAgents agents) : IClassFixture<SnmpAgents>
{
    private static readonly SnmpOid SysName = SnmpOid.Parse("1.3.6.1.2.1.1.5.0");

    [Fact]
    public async Task A_stale_engine_clock_is_resynchronised_from_the_notInTimeWindow_report_and_the_request_sent_once_more()
    {
        var clock = new JumpingClock();
        var log = new EventLog();
        var user = new UsmUser(SnmpAgents.ShaUser, UsmAuthProtocol.Sha1, SnmpAgents.AuthPass, UsmPrivProtocol.Aes128, SnmpAgents.PrivPass);
        using var transport = new SnmpTransport(new IPEndPoint(IPAddress.Loopback, agents.SnmpdPort), TimeSpan.FromSeconds(2), 1, log);
        var session = new SnmpSession(transport, new SnmpCredentials(true, [], user, []), clock, log);

        var first = await session.RequestAsync(id => SnmpPdu.Get(id, [SysName]), CancellationToken.None);
        Assert.True(first.IsSuccess, first.Error?.Message);
        Assert.DoesNotContain(503, log.Events);

        // Our idea of the agent's clock is now ten minutes ahead, far outside its 150-second window.
        clock.Jump(TimeSpan.FromMinutes(10));
        var second = await session.RequestAsync(id => SnmpPdu.Get(id, [SysName]), CancellationToken.None);

        Assert.True(second.IsSuccess, second.Error?.Message);
        Assert.Equal("sw-snmpd.example.vn", second.Value!.VarBinds[0].Value.Text);
        Assert.Contains(503, log.Events);
    }

    /// <summary>Real monotonic time plus a jump the test makes.</summary>
    private sealed class JumpingClock : TimeProvider
    {
        private long _offset;

        public void Jump(TimeSpan by) => _offset += (long)(by.TotalSeconds * TimestampFrequency);

        public override long GetTimestamp() => base.GetTimestamp() + _offset;
    }

    /// <summary>Collects the event ids logged, to see which path the session took.</summary>
    private sealed class EventLog : ILogger
    {
        public List<int> Events { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Events)
            {
                Events.Add(eventId.Id);
            }
        }
    }
}
