using Vigil.Domain.Inventory;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Policy;

/// <summary>Rules: their fields, applicability and parameters.</summary>
internal sealed partial class PolicyPackReader
{
    private static readonly string[] RuleKeys = ["id", "check", "title", "severity", "applies_to", "parameters", "explanation", "enabled"];
    private static readonly string[] ApplicabilityKeys = ["os_families", "computers", "os_releases"];
    private static readonly string[] Severities = ["low", "medium", "high", "critical"];
    private static readonly string[] Families = ["windows", "linux", "macos", "other", "unknown"];
    private static readonly string[] ComputerKinds = ["organisation", "personal"];

    private PolicyRule? ReadRule(YamlNode node, string field, bool isOverride)
    {
        if (!Mapping(node, field, out var map) || !KnownKeys(map, RuleKeys, field))
        {
            return null;
        }

        var id = Identifier(map, "id", field + ".id", required: true);
        var given = RuleFields.None;
        var check = Scalar(map, "check", field + ".check", required: !isOverride, out var checkNode);
        if (Problem is not null)
        {
            return null;
        }

        CheckDefinition? definition = null;
        if (check is not null)
        {
            definition = PolicyChecks.Find(check);
            if (definition is null)
            {
                Fail(PolicyErrors.UnknownCheck, checkNode!, field + ".check", $"unknown check '{check}' (expected one of: {string.Join(", ", PolicyChecks.Names)})");
                return null;
            }

            given |= RuleFields.Check;
        }

        var (titleVi, titleEn) = Texts(map, "title", field + ".title", required: !isOverride);
        given |= titleVi is null ? RuleFields.None : RuleFields.Title;
        var severity = Choice(map, "severity", field + ".severity", Severities, required: !isOverride);
        given |= severity < 0 ? RuleFields.None : RuleFields.Severity;
        var appliesTo = Get(map, "applies_to") is { } appliesNode ? ReadApplicability(appliesNode, field + ".applies_to") : null;
        given |= appliesTo is null ? RuleFields.None : RuleFields.AppliesTo;
        var (explanationVi, explanationEn) = Texts(map, "explanation", field + ".explanation", required: !isOverride);
        given |= explanationVi is null ? RuleFields.None : RuleFields.Explanation;
        var enabled = Boolean(map, "enabled", field + ".enabled");
        given |= enabled is null ? RuleFields.None : RuleFields.Enabled;
        if (Problem is not null)
        {
            return null;
        }

        var parameters = new Dictionary<string, string>(StringComparer.Ordinal);
        var locations = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Get(map, "parameters") is { } parametersNode)
        {
            if (!ReadParameters(parametersNode, field + ".parameters", definition, parameters, locations))
            {
                return null;
            }

            given |= RuleFields.Parameters;
        }

        return new PolicyRule(id!, check ?? "", titleVi ?? "", titleEn ?? "", (RuleSeverity)Math.Max(severity, 0),
            appliesTo ?? RuleApplicability.All, parameters, explanationVi ?? "", explanationEn ?? "")
        {
            Enabled = enabled ?? true,
            Given = isOverride ? given : RuleFields.All,
            Location = Where(node),
            ParameterLocations = locations,
        };
    }

    /// <summary>
    /// Parameters are validated against the check when the rule names it; a site override that only changes
    /// parameters is validated when it is applied to the default (its check comes from there).
    /// </summary>
    private bool ReadParameters(YamlNode node, string field, CheckDefinition? definition, Dictionary<string, string> parameters, Dictionary<string, string> locations)
    {
        if (!Mapping(node, field, out var map))
        {
            return false;
        }

        foreach (var (keyNode, valueNode) in map.Children)
        {
            if (keyNode is not YamlScalarNode { Value: { Length: > 0 } name })
            {
                Fail(PolicyErrors.UnknownParameter, keyNode, field, "parameter names must be plain names");
                return false;
            }

            var path = field + "." + name;
            if (parameters.ContainsKey(name))
            {
                Fail(PolicyErrors.DuplicateField, keyNode, path, $"parameter '{name}' is given twice");
                return false;
            }

            var parameter = definition?.Find(name);
            if (definition is not null && parameter is null)
            {
                var known = definition.Parameters.Count == 0 ? "it takes none" : "expected one of: " + string.Join(", ", definition.Parameters.Select(p => p.Name));
                Fail(PolicyErrors.UnknownParameter, keyNode, path, $"unknown parameter '{name}' for check {definition.Name} ({known})");
                return false;
            }

            var text = ParameterText(valueNode, path, parameter);
            if (text is null)
            {
                return false;
            }

            parameters[name] = text;
            locations[name] = Where(valueNode);
        }

        return true;
    }

    /// <summary>Canonical text of a value; without a definition (override without check) only the shape is checked.</summary>
    private string? ParameterText(YamlNode node, string field, ParameterDefinition? parameter)
    {
        var isList = parameter?.Kind == ParameterKind.List || (parameter is null && node is YamlSequenceNode);
        if (isList)
        {
            IEnumerable<YamlNode> items = node is YamlSequenceNode sequence ? sequence.Children : [node];
            var values = new List<string>();
            foreach (var item in items)
            {
                if (item is not YamlScalarNode { Value: { } raw } || IsPlainNull(item) && raw.Length == 0)
                {
                    Fail(PolicyErrors.BadValue, item, field, $"'{field}' must be a list of names");
                    return null;
                }

                var canonical = Canonical(parameter, raw, out var problem);
                if (canonical is null)
                {
                    Fail(PolicyErrors.BadValue, item, field, $"'{field}': {problem}");
                    return null;
                }

                values.Add(canonical);
            }

            return string.Join('\n', values);
        }

        if (node is not YamlScalarNode { Value: { } value } || (value.Length == 0 && IsPlainNull(node)))
        {
            Fail(PolicyErrors.BadValue, node, field, $"'{field}' must be a single value");
            return null;
        }

        if (parameter is null)
        {
            return value.Trim();
        }

        var text = Canonical(parameter, value, out var reason);
        if (text is null)
        {
            Fail(PolicyErrors.BadValue, node, field, $"'{field}': {reason}");
        }

        return text;
    }

    private static string? Canonical(ParameterDefinition? parameter, string raw, out string? problem)
    {
        if (parameter is not null)
        {
            return PolicyChecks.Canonical(parameter, raw, out problem);
        }

        problem = null;
        var trimmed = raw.Trim();
        if (trimmed.Length == 0 || trimmed.Contains('\n', StringComparison.Ordinal))
        {
            problem = "a list item must be a non-empty single line";
            return null;
        }

        return trimmed;
    }

    private RuleApplicability? ReadApplicability(YamlNode node, string field)
    {
        if (!Mapping(node, field, out var map) || !KnownKeys(map, ApplicabilityKeys, field))
        {
            return null;
        }

        var families = Words(map, "os_families", field + ".os_families", Families);
        var computers = Words(map, "computers", field + ".computers", ComputerKinds);
        var releases = Words(map, "os_releases", field + ".os_releases", null);
        if (Problem is not null)
        {
            return null;
        }

        var familyList = new List<OsFamily>();
        foreach (var family in families ?? [])
        {
            var value = family switch
            {
                "windows" => OsFamily.Windows,
                "linux" => OsFamily.Linux,
                "macos" => OsFamily.MacOs,
                "other" => OsFamily.Other,
                _ => OsFamily.Unknown,
            };
            if (!familyList.Contains(value))
            {
                familyList.Add(value);
            }
        }

        return new RuleApplicability(
            familyList,
            computers is null || computers.Contains("organisation"),
            computers is null || computers.Contains("personal"),
            releases ?? []);
    }

    /// <summary>A list of words, each from <paramref name="allowed"/> when given; null when the key is absent.</summary>
    private List<string>? Words(YamlMappingNode map, string key, string field, string[]? allowed)
    {
        if (Get(map, key) is not { } node)
        {
            return null;
        }

        if (node is not YamlSequenceNode sequence || sequence.Children.Count == 0)
        {
            Fail(PolicyErrors.BadValue, node, field, $"'{field}' must be a non-empty list");
            return null;
        }

        var words = new List<string>();
        foreach (var item in sequence.Children)
        {
            if (item is not YamlScalarNode { Value: { } raw } || raw.Trim().Length == 0)
            {
                Fail(PolicyErrors.BadValue, item, field, $"'{field}' must be a list of names");
                return null;
            }

            var word = raw.Trim();
            if (allowed is not null && Array.IndexOf(allowed, word) < 0)
            {
                Fail(PolicyErrors.BadValue, item, field, $"'{word}' is not one of: {string.Join(", ", allowed)}");
                return null;
            }

            words.Add(word);
        }

        return words;
    }

    /// <summary>Index of the value in <paramref name="choices"/>; -1 when absent (or wrong, with the problem set).</summary>
    private int Choice(YamlMappingNode map, string key, string field, string[] choices, bool required)
    {
        var value = Scalar(map, key, field, required, out var node);
        if (value is null)
        {
            return -1;
        }

        var index = Array.IndexOf(choices, value.Trim());
        if (index < 0)
        {
            Fail(PolicyErrors.BadValue, node!, field, $"'{value}' is not one of: {string.Join(", ", choices)}");
        }

        return index;
    }

    private bool? Boolean(YamlMappingNode map, string key, string field)
    {
        var value = Scalar(map, key, field, required: false, out var node);
        if (value is null)
        {
            return null;
        }

        if (value.Trim() is "true" or "false")
        {
            return value.Trim() == "true";
        }

        Fail(PolicyErrors.BadValue, node!, field, $"'{value}' is not true or false");
        return null;
    }
}
