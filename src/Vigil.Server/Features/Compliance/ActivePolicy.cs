using System.Security.Cryptography;
using System.Text;
using Vigil.Domain.Compliance;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// The policy evaluation uses: the compiled pack with its catalogs, and the site files it was built from. Its
/// <see cref="Fingerprint"/> is the engine's (pack id, version, catalog versions) plus, when there are site files,
/// a hash of their text, so that editing a site file without bumping a version still re-evaluates everything.
/// </summary>
public sealed record ActivePolicy(CompiledPolicy Compiled, IReadOnlyDictionary<string, string> SiteFiles, DateTime LoadedAt)
{
    public string Fingerprint { get; } = FingerprintOf(Compiled.Fingerprint, SiteFiles);

    public PolicyPack Pack => Compiled.Pack;

    /// <summary>The enabled rules, in the order of their verdicts; a site may switch a default rule off.</summary>
    public IReadOnlyList<PolicyRule> Rules { get; } = [.. Compiled.Pack.Rules.Where(r => Compiled.RuleIds.Contains(r.Id))];

    public PolicyRule? Rule(string ruleId) => Pack.Rules.FirstOrDefault(r => string.Equals(r.Id, ruleId, StringComparison.Ordinal));

    private static string FingerprintOf(string engine, IReadOnlyDictionary<string, string> files)
    {
        if (files.Count == 0)
        {
            return engine;
        }

        var text = new StringBuilder();
        foreach (var (name, content) in files.OrderBy(f => f.Key, StringComparer.Ordinal))
        {
            text.Append(name).Append('\0').Append(content).Append('\0');
        }

        var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        return engine + "+site:" + hash[..16];
    }
}
