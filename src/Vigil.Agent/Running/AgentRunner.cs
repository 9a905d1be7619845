using System.Net;
using Vigil.Agent.Collection;
using Vigil.Agent.Configuration;
using Vigil.Agent.Isolation;
using Vigil.Agent.Spool;
using Vigil.Agent.Transport;
using Vigil.Contracts.Agent;
using Vigil.Domain.Agents;

namespace Vigil.Agent.Running;

/// <summary>
/// The agent's life: a full inventory at start, every InventoryHours and whenever the fingerprint changes (checked
/// every ChangeCheckMinutes); a heartbeat every HeartbeatSeconds that also brings commands. Every report goes
/// through the spool, so nothing is lost while the server is away and nothing is stored twice when it comes back.
/// </summary>
internal sealed class AgentRunner(AgentConfig config, InventorySpool spool, AgentClient client, IInventoryCollector collector, AgentLog log, TimeProvider clock, IsolationController? isolation = null)
{
    /// <summary>Exit code when the server no longer knows the agent (revoked): restarting will not help.</summary>
    public const int RevokedExitCode = 3;

    private static readonly TimeSpan MaxRetryDelay = TimeSpan.FromMinutes(30);

    private string? _lastFingerprint;
    private DateTime _nextDelivery;
    private int _failedDeliveries;
    private bool _revoked;

    /// <returns>0 when stopped (or, with <paramref name="once"/>, when everything was delivered), 1 when reports remain, 3 when revoked.</returns>
    public async Task<int> RunAsync(bool once, CancellationToken ct)
    {
        var now = Now;
        if (isolation is not null)
        {
            // Before anything else: a reboot cleared the kernel's rules, the isolation must not have a gap.
            await isolation.ReapplyAsync(ct);
        }

        CollectIntoSpool("start");
        await DeliverAsync(ct);
        await HeartbeatAsync(ct);
        if (once || _revoked)
        {
            return _revoked ? RevokedExitCode : spool.Count == 0 ? 0 : 1;
        }

        var nextFull = now.AddHours(config.InventoryHours);
        var nextCheck = now.AddMinutes(config.ChangeCheckMinutes);
        var nextHeartbeat = now.AddSeconds(config.HeartbeatSeconds);
        while (!ct.IsCancellationRequested && !_revoked)
        {
            var due = new[] { nextFull, nextCheck, nextHeartbeat, spool.Count > 0 ? _nextDelivery : DateTime.MaxValue }.Min();
            var wait = due - Now;
            try
            {
                if (wait > TimeSpan.Zero)
                {
                    await Task.Delay(wait, clock, ct);
                }
            }
            catch (OperationCanceledException)
            {
                break;
            }

            now = Now;
            if (now >= nextFull)
            {
                CollectIntoSpool("interval");
                nextFull = now.AddHours(config.InventoryHours);
                nextCheck = now.AddMinutes(config.ChangeCheckMinutes);
            }
            else if (now >= nextCheck)
            {
                CollectIntoSpool("change", onlyIfChanged: true);
                nextCheck = now.AddMinutes(config.ChangeCheckMinutes);
            }

            if (spool.Count > 0 && now >= _nextDelivery)
            {
                await DeliverAsync(ct);
            }

            if (now >= nextHeartbeat)
            {
                await HeartbeatAsync(ct);
                nextHeartbeat = Now.AddSeconds(config.HeartbeatSeconds);
            }
        }

        return _revoked ? RevokedExitCode : 0;
    }

    private DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <returns>True when a report was put in the spool.</returns>
    private bool CollectIntoSpool(string reason, bool onlyIfChanged = false)
    {
        AgentInventoryDto inventory;
        try
        {
            inventory = collector.Collect();
        }
#pragma warning disable CA1031 // A collector bug must not stop heartbeats and commands; it is logged and retried next time.
        catch (Exception e)
#pragma warning restore CA1031
        {
            log.Error($"inventory: collection failed ({reason}): {e.GetType().Name}: {e.Message}");
            return false;
        }

        var fingerprint = InventoryFingerprint.Of(inventory);
        if (onlyIfChanged && fingerprint == _lastFingerprint)
        {
            return false;
        }

        _lastFingerprint = fingerprint;
        var item = spool.Enqueue(inventory);
        log.Info($"inventory: collected ({reason}), spooled as {item.Key}");
        _nextDelivery = Now;
        return true;
    }

    /// <summary>Sends spooled reports oldest first; stops at the first one that cannot go now, to keep the order.</summary>
    private async Task<bool> DeliverAsync(CancellationToken ct)
    {
        foreach (var item in spool.Items())
        {
            var (outcome, receipt, problem) = await client.SendInventoryAsync(item.Key, InventorySpool.Read(item), ct);
            switch (outcome)
            {
                case DeliveryOutcome.Delivered:
                    spool.Remove(item);
                    _failedDeliveries = 0;
                    log.Info($"inventory: {item.Key} delivered ({receipt?.Status})");
                    break;
                case DeliveryOutcome.Rejected:
                    spool.Reject(item, problem ?? "rejected");
                    break;
                case DeliveryOutcome.Unauthorized:
                    MarkRevoked(problem);
                    return false;
                default:
                    _failedDeliveries++;
                    var delay = TimeSpan.FromSeconds(Math.Min(MaxRetryDelay.TotalSeconds, 15 * Math.Pow(2, Math.Min(_failedDeliveries, 10))));
                    _nextDelivery = Now + delay;
                    log.Warn($"inventory: server unavailable ({problem}); {spool.Count} report(s) kept, next try in {delay.TotalSeconds:0}s");
                    return false;
            }
        }

        return true;
    }

    private async Task HeartbeatAsync(CancellationToken ct)
    {
        HeartbeatResponseDto? response;
        HttpStatusCode? status;
        try
        {
            (response, status) = await client.HeartbeatAsync(new HeartbeatRequestDto(AgentInfo.Version, Now, spool.Count), ct);
        }
        catch (HttpRequestException e)
        {
            log.Warn($"heartbeat: server unavailable: {e.Message}");
            return;
        }
        catch (TaskCanceledException) when (!ct.IsCancellationRequested)
        {
            log.Warn("heartbeat: timed out");
            return;
        }

        if (status is HttpStatusCode.Unauthorized or HttpStatusCode.Forbidden)
        {
            MarkRevoked($"{(int)status}");
            return;
        }

        foreach (var command in response?.Commands ?? [])
        {
            await ExecuteAsync(command, ct);
        }
    }

    private async Task ExecuteAsync(AgentCommandDto command, CancellationToken ct)
    {
        log.Info($"command: {command.Kind} ({command.Id})");
        CommandResultDto result;
        if (command.Kind == AgentCommandKinds.CollectInventory)
        {
            var spooled = CollectIntoSpool("requested");
            var delivered = spooled && await DeliverAsync(ct);
            result = new CommandResultDto(delivered, !spooled ? "collection failed" : delivered ? "inventory delivered" : "inventory spooled; delivery pending");
        }
        else if (command.Kind is AgentCommandKinds.Isolate or AgentCommandKinds.Release && isolation is not null)
        {
            result = await IsolationAsync(command, isolation, ct);
        }
        else
        {
            result = new CommandResultDto(false, $"this agent ({AgentInfo.Version}) does not know '{command.Kind}'");
        }

        try
        {
            await client.ReportResultAsync(command.Id, result, ct);
        }
        catch (HttpRequestException e)
        {
            log.Warn($"command: result of {command.Id} not sent: {e.Message}");
        }
    }

    private async Task<CommandResultDto> IsolationAsync(AgentCommandDto command, IsolationController controller, CancellationToken ct)
    {
        if (command.Kind == AgentCommandKinds.Release)
        {
            var (released, detail) = await controller.ReleaseAsync(ct);
            return new CommandResultDto(released, detail);
        }

        IsolationCommandDto? payload;
        try
        {
            payload = command.Payload is null ? null : System.Text.Json.JsonSerializer.Deserialize(command.Payload, Vigil.Contracts.VigilJsonContext.Default.IsolationCommandDto);
        }
        catch (System.Text.Json.JsonException e)
        {
            return new CommandResultDto(false, $"unreadable isolation payload: {e.Message}");
        }

        var (isolated, text) = await controller.IsolateAsync(payload ?? new IsolationCommandDto(null, null, []), config.ServerUrl, command.Id, ct);
        return new CommandResultDto(isolated, text);
    }

    private void MarkRevoked(string? detail)
    {
        _revoked = true;
        log.Error($"server refused this agent's credential ({detail}): it was revoked. Re-install with a new enrolment token.");
    }
}
