using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using Vigil.Domain.Compliance.Rules;
using Vigil.Domain.Inventory;

namespace Vigil.Domain.Compliance;

/// <summary>
/// A policy pack compiled against the catalogs: parameters parsed, applicability turned into flags and catalog
/// lookups memoised, so evaluating a computer allocates little beyond its verdicts. Thread-safe; compile once per
/// pack and catalog version and share.
/// </summary>
public sealed class CompiledPolicy
{
    /// <summary>The lifecycle entry that stands for "Windows 10" as a triage target: 22H2, the last feature update.</summary>
    private const string Windows10Name = "Microsoft Windows 10 Pro";
    private const string Windows10Version = "10.0.19045";
    private const string Windows10Build = "19045";

    private readonly CompiledRule[] _rules;
    private readonly ComplianceLookups _lookups;

    private CompiledPolicy(PolicyPack pack, ComplianceCatalogs catalogs, CompiledRule[] rules, ComplianceLookups lookups)
    {
        Pack = pack;
        Catalogs = catalogs;
        _rules = rules;
        _lookups = lookups;
        Fingerprint = ComputeFingerprint(pack, catalogs);
        RuleIds = Array.ConvertAll(rules, r => r.Id);
    }

    public PolicyPack Pack { get; }

    public ComplianceCatalogs Catalogs { get; }

    /// <summary>
    /// Changes whenever the pack (id, version, site override) or a catalog version changes: stored verdicts with
    /// another fingerprint must be re-evaluated.
    /// </summary>
    public string Fingerprint { get; }

    /// <summary>The enabled rules' ids, in the order of <see cref="Evaluate"/>'s verdicts.</summary>
    public IReadOnlyList<string> RuleIds { get; }

    public static Result<CompiledPolicy> Compile(PolicyPack pack, ComplianceCatalogs catalogs)
    {
        ArgumentNullException.ThrowIfNull(pack);
        ArgumentNullException.ThrowIfNull(catalogs);
        var lookups = new ComplianceLookups(catalogs);
        var windows10 = catalogs.Lifecycle.Find(OsFamily.Windows, Windows10Name, null, Windows10Version, Windows10Build);
        var rules = new List<CompiledRule>(pack.Rules.Count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var rule in pack.Rules)
        {
            var where = rule.Location ?? pack.Id;
            if (!seen.Add(rule.Id))
            {
                return Error.Validation(PolicyErrors.DuplicateRule, $"{where}: duplicate rule id '{rule.Id}'", "rules");
            }

            if (!rule.Enabled)
            {
                continue;
            }

            if (PolicyChecks.Find(rule.Check) is not { } check)
            {
                return Error.Validation(PolicyErrors.UnknownCheck, $"{where}: unknown check '{rule.Check}' in rule '{rule.Id}'", "rules");
            }

            if (Validate(rule, check, where) is { } problem)
            {
                return problem;
            }

            if (check.Name == PolicyChecks.UpgradeTriage && windows10 is null)
            {
                return Error.Validation(PolicyErrors.CatalogMissing,
                    $"{where}: the lifecycle catalog has no entry for Windows 10 22H2 (build {Windows10Build}), the triage's Windows 10 target", "catalogs");
            }

            var parameters = new RuleParameters(rule, check);
            rules.Add(check.Name switch
            {
                PolicyChecks.SupportedOs => new SupportedOsRule(rule, parameters),
                PolicyChecks.UpgradeTriage => new UpgradeTriageRule(rule, parameters, windows10?.EndOfSupport),
                PolicyChecks.AntiMalware => new AntiMalwareRule(rule, parameters),
                PolicyChecks.Ms17010 => new Ms17010Rule(rule),
                PolicyChecks.Smb1Disabled => new Smb1DisabledRule(rule),
                _ => new FreshDataRule(rule, parameters),
            });
        }

        // The first triage rule decides whether supported-os leaves the remediation to it (see SupportedOsRule).
        var triage = rules.OfType<UpgradeTriageRule>().FirstOrDefault();
        foreach (var supported in rules.OfType<SupportedOsRule>())
        {
            supported.Triage = triage;
        }

        return new CompiledPolicy(pack, catalogs, [.. rules], lookups);
    }

    /// <summary>One verdict per enabled rule, in pack order, as of <paramref name="asOf"/>.</summary>
    public IReadOnlyList<RuleVerdict> Evaluate(ComplianceFacts facts, DateOnly asOf)
    {
        var verdicts = new RuleVerdict[_rules.Length];
        EvaluateInto(facts, asOf, verdicts);
        return verdicts;
    }

    /// <summary>The same as <see cref="Evaluate"/> into a caller's buffer of at least <see cref="RuleIds"/>.Count slots, for batch re-evaluation.</summary>
    public void EvaluateInto(ComplianceFacts facts, DateOnly asOf, Span<RuleVerdict> verdicts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        if (verdicts.Length < _rules.Length)
        {
            throw new ArgumentException($"Room for {_rules.Length} verdicts is needed.", nameof(verdicts));
        }

        var evaluation = new Evaluation(facts, asOf, _lookups);
        for (var i = 0; i < _rules.Length; i++)
        {
            verdicts[i] = _rules[i].Evaluate(ref evaluation);
        }
    }

    /// <summary>Packs built in code skip the parser, so their parameters are checked here too.</summary>
    private static Error? Validate(PolicyRule rule, CheckDefinition check, string where)
    {
        foreach (var (name, value) in rule.Parameters)
        {
            var location = rule.ParameterLocations?.TryGetValue(name, out var l) == true ? l : where;
            if (check.Find(name) is not { } parameter)
            {
                return Error.Validation(PolicyErrors.UnknownParameter, $"{location}: unknown parameter '{name}' for check {check.Name} of rule '{rule.Id}'", "parameters." + name);
            }

            var items = parameter.Kind == ParameterKind.List ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [value];
            foreach (var item in items)
            {
                if (PolicyChecks.Canonical(parameter, item, out var problem) is null)
                {
                    return Error.Validation(PolicyErrors.BadValue, $"{location}: parameter '{name}' of rule '{rule.Id}': {problem}", "parameters." + name);
                }
            }
        }

        return null;
    }

    private static string ComputeFingerprint(PolicyPack pack, ComplianceCatalogs catalogs)
    {
        // The rules' content is hashed too: a site that edits its override and forgets to raise the version still
        // gets its computers re-evaluated. Titles and explanations do not change verdicts and are left out.
        var text = new StringBuilder();
        text.AppendJoin('|', pack.Id, pack.Version.ToString(CultureInfo.InvariantCulture), pack.OverrideVersion ?? "-",
            catalogs.Lifecycle.Version, catalogs.Ms17010.Version, catalogs.Windows11Cpus.Version);
        foreach (var rule in pack.Rules)
        {
            text.Append('\n').AppendJoin('|', rule.Id, rule.Check, rule.Enabled ? "on" : "off", rule.Severity.ToString(),
                string.Join(',', rule.AppliesTo.OsFamilies), rule.AppliesTo.Organisation ? "org" : "-", rule.AppliesTo.Personal ? "personal" : "-",
                string.Join(',', rule.AppliesTo.OsReleases));
            foreach (var (name, value) in rule.Parameters.OrderBy(p => p.Key, StringComparer.Ordinal))
            {
                text.Append('|').Append(name).Append('=').Append(value.Replace('\n', ','));
            }
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString()));
        return pack.Id + "@" + pack.Version.ToString(CultureInfo.InvariantCulture) + "-" + Convert.ToHexStringLower(hash.AsSpan(0, 8));
    }
}
