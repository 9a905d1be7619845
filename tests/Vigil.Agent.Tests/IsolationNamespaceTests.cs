using Vigil.Agent.Isolation;
using Vigil.TestKit;

namespace Vigil.Agent.Tests;

/// <summary>
/// The agent's real isolation code path (vigil-agent isolation apply / reapply / release, the same controller the
/// heartbeat commands use) with real nftables inside a network namespace: the server stays reachable, everything else
/// does not, a restart puts the isolation back from the state file, release restores the network, and a policy under
/// which the server cannot be reached is rolled back.
/// </summary>
public sealed class IsolationNamespaceTests : IDisposable
{
    private readonly NetworkNamespaces _net = new();
    private readonly TempDirectory _dir = new();

    public void Dispose()
    {
        _net.Dispose();
        _dir.Dispose();
    }

    private (int Code, string Output) Agent(params string[] args) =>
        _net.InEndpoint(["dotnet", Path.Combine(AppContext.BaseDirectory, "vigil-agent.dll"), "isolation", .. args, "--config-dir", _dir.Combine("etc"), "--state-dir", _dir.Combine("state")]);

    private string StateFile => _dir.Combine("state", IsolationStateStore.FileName);

    [Fact]
    public void Isolation_keeps_the_server_blocks_the_rest_survives_a_restart_and_is_released()
    {
        Assert.True(_net.Reachable(NetworkNamespaces.ServerAddress) && _net.Reachable(NetworkNamespaces.OtherAddress), "the namespaces do not work before isolation");

        var apply = Agent("apply", "--server", $"http://{NetworkNamespaces.ServerAddress}:8080/", "--allow-http", "--reason", "test", "--no-dhcp");
        Assert.True(apply.Code == 0, apply.Output);
        Assert.True(_net.Reachable(NetworkNamespaces.ServerAddress), "the server must stay reachable");
        Assert.False(_net.Reachable(NetworkNamespaces.OtherAddress), "another host must not be reachable");
        Assert.True(File.Exists(StateFile));

        // A reboot empties the kernel's ruleset; the agent puts the isolation back from its state at start.
        Assert.Equal(0, _net.InEndpoint("nft", "delete", "table", "inet", "vigil_isolation").Code);
        Assert.True(_net.Reachable(NetworkNamespaces.OtherAddress));
        var reapply = Agent("reapply");
        Assert.True(reapply.Code == 0, reapply.Output);
        Assert.Contains("re-applied", reapply.Output, StringComparison.Ordinal);
        Assert.True(_net.Reachable(NetworkNamespaces.ServerAddress));
        Assert.False(_net.Reachable(NetworkNamespaces.OtherAddress));
        var status = Agent("status");
        Assert.Contains("isolated since", status.Output, StringComparison.Ordinal);
        Assert.Contains("firewall rules: in force", status.Output, StringComparison.Ordinal);

        var release = Agent("release");
        Assert.True(release.Code == 0, release.Output);
        Assert.True(_net.Reachable(NetworkNamespaces.ServerAddress));
        Assert.True(_net.Reachable(NetworkNamespaces.OtherAddress));
        Assert.False(File.Exists(StateFile));
        Assert.NotEqual(0, _net.InEndpoint("nft", "list", "table", "inet", "vigil_isolation").Code);
        Assert.Contains("not isolated", Agent("status").Output, StringComparison.Ordinal);
    }

    [Fact]
    public void When_the_server_is_unreachable_through_the_new_rules_they_are_rolled_back()
    {
        // Nothing listens on port 9 of the server: the probe fails although its packets are allowed.
        var apply = Agent("apply", "--server", $"http://{NetworkNamespaces.ServerAddress}:9/", "--allow-http", "--no-dhcp");

        Assert.Equal(1, apply.Code);
        Assert.Contains("rolled back", apply.Output, StringComparison.Ordinal);
        Assert.False(File.Exists(StateFile));
        Assert.NotEqual(0, _net.InEndpoint("nft", "list", "table", "inet", "vigil_isolation").Code);
        Assert.True(_net.Reachable(NetworkNamespaces.OtherAddress));
    }
}
