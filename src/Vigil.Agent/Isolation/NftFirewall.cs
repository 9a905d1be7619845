using Vigil.Domain.Isolation;

namespace Vigil.Agent.Isolation;

/// <summary>
/// Linux: the ruleset of <see cref="NftIsolationRuleset"/> loaded with <c>nft -f -</c> (one transaction). The
/// host's own tables are never touched, so removing the table is the whole restore.
/// </summary>
internal sealed class NftFirewall(string nft = "nft") : IHostFirewall
{
    public string Name => "nftables";

    public async Task<FirewallOutcome> ApplyAsync(IsolationPolicy policy, CancellationToken ct)
    {
        var (code, output) = await ExternalProgram.RunAsync(nft, ["-f", "-"], NftIsolationRuleset.Generate(policy), ct);
        return new FirewallOutcome(code == 0, code == 0 ? $"table {NftIsolationRuleset.Family} {NftIsolationRuleset.TableName} loaded" : $"nft failed ({code}): {output}");
    }

    public async Task<FirewallOutcome> RemoveAsync(string? previousState, CancellationToken ct)
    {
        var (code, output) = await ExternalProgram.RunAsync(nft, ["-f", "-"], NftIsolationRuleset.RemoveText, ct);
        return new FirewallOutcome(code == 0, code == 0 ? $"table {NftIsolationRuleset.Family} {NftIsolationRuleset.TableName} removed" : $"nft failed ({code}): {output}");
    }

    public async Task<bool?> IsActiveAsync(CancellationToken ct)
    {
        var (code, _) = await ExternalProgram.RunAsync(nft, ["list", "table", NftIsolationRuleset.Family, NftIsolationRuleset.TableName], null, ct);
        return code == 0;
    }
}
