using System.Reflection;
using Vigil.Domain.Common;

namespace Vigil.Domain.Compliance;

/// <summary>The embedded default pack and site overrides of it.</summary>
public static class PolicyPacks
{
    public const string DefaultId = "directive-xp7";

    private const string DefaultResource = "Vigil.Domain.Compliance.Packs.directive-xp7.yaml";

    private static readonly Lazy<PolicyPack> s_default = new(LoadDefault);

    /// <summary>The XP/7 directive pack shipped inside Vigil ("directive-xp7").</summary>
    public static PolicyPack Default => s_default.Value;

    /// <summary>The default pack's YAML, e.g. to show or to start a site override from.</summary>
    public static string DefaultYaml()
    {
        using var stream = typeof(PolicyPacks).Assembly.GetManifestResourceStream(DefaultResource)
            ?? throw new InvalidOperationException($"The resource {DefaultResource} is missing from the build.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    }

    /// <summary>
    /// Applies a site override (a pack that says <c>extends: &lt;base id&gt;</c>) to <paramref name="basePack"/>: rules
    /// with an existing id change only the fields the override writes (parameters one by one), rules with a new id are
    /// added after the base's, and <c>enabled: false</c> switches a rule off. The result keeps the base's id and
    /// version and records the override's as <see cref="PolicyPack.OverrideVersion"/>.
    /// </summary>
    public static Result<PolicyPack> WithOverride(PolicyPack basePack, PolicyPack site)
    {
        ArgumentNullException.ThrowIfNull(basePack);
        ArgumentNullException.ThrowIfNull(site);
        var where = site.Location ?? site.Id;
        if (!string.Equals(site.Extends, basePack.Id, StringComparison.Ordinal))
        {
            return Error.Validation(PolicyErrors.OverrideMismatch,
                $"{where}: the site pack '{site.Id}' must say 'extends: {basePack.Id}' to change it (it says '{site.Extends ?? "nothing"}')", "extends");
        }

        var rules = new List<PolicyRule>(basePack.Rules.Count + site.Rules.Count);
        rules.AddRange(basePack.Rules);
        foreach (var change in site.Rules)
        {
            var index = rules.FindIndex(r => string.Equals(r.Id, change.Id, StringComparison.Ordinal));
            var merged = index >= 0 ? Merge(rules[index], change) : Added(change);
            if (!merged.IsSuccess)
            {
                return merged.Error!;
            }

            if (index >= 0)
            {
                rules[index] = merged.Value!;
            }
            else
            {
                rules.Add(merged.Value!);
            }
        }

        var titled = (site.TitleVi.Length > 0, site.TitleEn.Length > 0);
        return new PolicyPack(basePack.Id, basePack.Version, titled.Item1 ? site.TitleVi : basePack.TitleVi, titled.Item2 ? site.TitleEn : basePack.TitleEn, rules)
        {
            OverrideVersion = site.Id + "@" + site.Version.ToString(System.Globalization.CultureInfo.InvariantCulture),
        };
    }

    private static Result<PolicyRule> Merge(PolicyRule original, PolicyRule change)
    {
        if (change.Given.HasFlag(RuleFields.Check) && !string.Equals(change.Check, original.Check, StringComparison.Ordinal))
        {
            return Error.Validation(PolicyErrors.OverrideMismatch,
                $"{change.Location}: rule '{change.Id}' is a {original.Check} check in the base pack; give a {change.Check} rule its own id", "check");
        }

        var parameters = new Dictionary<string, string>(original.Parameters, StringComparer.Ordinal);
        var locations = new Dictionary<string, string>(original.ParameterLocations ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var (name, value) in change.Parameters)
        {
            parameters[name] = value;
            if (change.ParameterLocations?.TryGetValue(name, out var location) == true)
            {
                locations[name] = location;
            }
        }

        var merged = original with
        {
            TitleVi = change.Given.HasFlag(RuleFields.Title) ? change.TitleVi : original.TitleVi,
            TitleEn = change.Given.HasFlag(RuleFields.Title) ? change.TitleEn : original.TitleEn,
            Severity = change.Given.HasFlag(RuleFields.Severity) ? change.Severity : original.Severity,
            AppliesTo = change.Given.HasFlag(RuleFields.AppliesTo) ? change.AppliesTo : original.AppliesTo,
            ExplanationVi = change.Given.HasFlag(RuleFields.Explanation) ? change.ExplanationVi : original.ExplanationVi,
            ExplanationEn = change.Given.HasFlag(RuleFields.Explanation) ? change.ExplanationEn : original.ExplanationEn,
            Enabled = change.Given.HasFlag(RuleFields.Enabled) ? change.Enabled : original.Enabled,
            Parameters = parameters,
            ParameterLocations = locations,
            Given = RuleFields.All,
        };
        return Validate(merged, change);
    }

    private static Result<PolicyRule> Added(PolicyRule rule)
    {
        const RuleFields needed = RuleFields.Check | RuleFields.Title | RuleFields.Severity | RuleFields.Explanation;
        if ((rule.Given & needed) != needed)
        {
            return Error.Validation(PolicyErrors.Missing,
                $"{rule.Location}: rule '{rule.Id}' is not in the base pack, so it needs check, title, severity and explanation", "rules");
        }

        return Validate(rule with { Given = RuleFields.All }, rule);
    }

    /// <summary>Parameters of an override that did not name its check are checked here, against the base rule's check.</summary>
    private static Result<PolicyRule> Validate(PolicyRule rule, PolicyRule change)
    {
        var definition = PolicyChecks.Find(rule.Check)!;
        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (name, value) in rule.Parameters)
        {
            var location = change.ParameterLocations?.TryGetValue(name, out var l) == true ? l : rule.Location;
            var parameter = definition.Find(name);
            if (parameter is null)
            {
                return Error.Validation(PolicyErrors.UnknownParameter,
                    $"{location}: unknown parameter '{name}' for check {definition.Name} of rule '{rule.Id}'", "parameters." + name);
            }

            var items = parameter.Kind == ParameterKind.List ? value.Split('\n', StringSplitOptions.RemoveEmptyEntries) : [value];
            var canonical = new List<string>(items.Length);
            foreach (var item in items)
            {
                if (PolicyChecks.Canonical(parameter, item, out var problem) is not { } text)
                {
                    return Error.Validation(PolicyErrors.BadValue, $"{location}: parameter '{name}' of rule '{rule.Id}': {problem}", "parameters." + name);
                }

                canonical.Add(text);
            }

            parameters[name] = string.Join('\n', canonical);
        }

        return rule with { Parameters = parameters };
    }

    private static PolicyPack LoadDefault()
    {
        var parsed = PolicyPackParser.Parse(DefaultYaml(), "directive-xp7.yaml");
        return parsed.IsSuccess ? parsed.Value! : throw new InvalidOperationException("The embedded default policy pack is invalid: " + parsed.Error!.Message);
    }
}
