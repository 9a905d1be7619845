using System.Globalization;
using Vigil.Domain.Common;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance.Policy;

/// <summary>
/// Maps the YAML node tree of one file to a <see cref="PolicyPack"/> by hand (no reflection: Domain is AOT-compatible).
/// Stops at the first problem, which it keeps with its position.
/// </summary>
internal sealed partial class PolicyPackReader(string fileName)
{
    private static readonly string[] PackKeys = ["pack", "version", "extends", "title", "rules"];

    public Error? Problem { get; private set; }

    public Result<PolicyPack> Read(YamlNode root)
    {
        var pack = ReadPack(root);
        return pack is not null && Problem is null ? pack : Problem!;
    }

    private PolicyPack? ReadPack(YamlNode root)
    {
        if (!Mapping(root, "", out var map) || !KnownKeys(map, PackKeys, ""))
        {
            return null;
        }

        var id = Identifier(map, "pack", "pack", required: true);
        var version = Integer(map, "version", "version", 1, int.MaxValue, required: true);
        var extends = Identifier(map, "extends", "extends", required: false);
        if (Problem is not null)
        {
            return null;
        }

        var isOverride = extends is not null;
        var (titleVi, titleEn) = Texts(map, "title", "title", required: !isOverride);
        if (Problem is not null || !Sequence(map, "rules", "rules", required: true, out var rulesNode))
        {
            return null;
        }

        var rules = new List<PolicyRule>(rulesNode!.Children.Count);
        var seen = new Dictionary<string, YamlNode>(StringComparer.Ordinal);
        for (var i = 0; i < rulesNode.Children.Count; i++)
        {
            var node = rulesNode.Children[i];
            var rule = ReadRule(node, $"rules[{i}]", isOverride);
            if (rule is null)
            {
                return null;
            }

            if (seen.TryGetValue(rule.Id, out var first))
            {
                Fail(PolicyErrors.DuplicateRule, node, $"rules[{i}].id", $"duplicate rule id '{rule.Id}' (first at line {first.Start.Line})");
                return null;
            }

            seen[rule.Id] = node;
            rules.Add(rule);
        }

        return new PolicyPack(id!, version, titleVi ?? "", titleEn ?? "", rules)
        {
            Extends = extends,
            Location = Where(Get(map, "extends") ?? root),
        };
    }

    private string Where(YamlNode node) => fileName + ":" + node.Start.Line.ToString(CultureInfo.InvariantCulture) + ":" + node.Start.Column.ToString(CultureInfo.InvariantCulture);

    private void Fail(string code, YamlNode node, string field, string reason) =>
        Problem ??= Error.Validation(code, $"{Where(node)}: {reason}", field);

    private bool Mapping(YamlNode node, string field, out YamlMappingNode map)
    {
        map = node as YamlMappingNode ?? new YamlMappingNode();
        if (node is YamlMappingNode)
        {
            return true;
        }

        Fail(PolicyErrors.BadValue, node, field, $"{Name(field)} must be a mapping of keys to values");
        return false;
    }

    /// <summary>Keys must be plain strings from the allowed list, each once.</summary>
    private bool KnownKeys(YamlMappingNode map, string[] allowed, string field)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (key, _) in map.Children)
        {
            if (key is not YamlScalarNode { Value: { } name })
            {
                Fail(PolicyErrors.UnknownField, key, field, "keys must be plain names");
                return false;
            }

            if (Array.IndexOf(allowed, name) < 0)
            {
                Fail(PolicyErrors.UnknownField, key, Path(field, name), $"unknown field '{name}'{(field.Length == 0 ? "" : " in " + field)} (expected one of: {string.Join(", ", allowed)})");
                return false;
            }

            if (!seen.Add(name))
            {
                Fail(PolicyErrors.DuplicateField, key, Path(field, name), $"'{name}' is given twice");
                return false;
            }
        }

        return true;
    }

    private static YamlNode? Get(YamlMappingNode map, string key)
    {
        foreach (var (k, v) in map.Children)
        {
            if (k is YamlScalarNode { Value: { } name } && string.Equals(name, key, StringComparison.Ordinal))
            {
                return v;
            }
        }

        return null;
    }

    private string? Scalar(YamlMappingNode map, string key, string field, bool required, out YamlNode? node)
    {
        node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Fail(PolicyErrors.Missing, map, field, $"'{key}' is required");
            }

            return null;
        }

        if (node is not YamlScalarNode { Value: { } value } || (value.Length == 0 && IsPlainNull(node)))
        {
            Fail(PolicyErrors.BadValue, node, field, $"{Name(field)} must be a single value");
            return null;
        }

        return value;
    }

    private static bool IsPlainNull(YamlNode node) => node is YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain };

    private string? Identifier(YamlMappingNode map, string key, string field, bool required)
    {
        var value = Scalar(map, key, field, required, out var node);
        if (value is null)
        {
            return null;
        }

        if (!IsIdentifier(value))
        {
            Fail(PolicyErrors.BadValue, node!, field, $"'{value}' is not a valid id (lower-case letters, digits, '-', '_' and '.', at most 64, starting with a letter or digit)");
            return null;
        }

        return value;
    }

    internal static bool IsIdentifier(string value)
    {
        if (value.Length is 0 or > 64 || !(char.IsAsciiLetterLower(value[0]) || char.IsAsciiDigit(value[0])))
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!(char.IsAsciiLetterLower(c) || char.IsAsciiDigit(c) || c is '-' or '_' or '.'))
            {
                return false;
            }
        }

        return true;
    }

    private int Integer(YamlMappingNode map, string key, string field, int min, int max, bool required)
    {
        var value = Scalar(map, key, field, required, out var node);
        if (value is null)
        {
            return 0;
        }

        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
        {
            Fail(PolicyErrors.BadValue, node!, field, $"'{value}' is not a whole number from {min} to {max}");
            return 0;
        }

        return number;
    }

    /// <summary>A <c>{vi: …, en: …}</c> pair; both languages are required when the pair is given.</summary>
    private (string? Vi, string? En) Texts(YamlMappingNode map, string key, string field, bool required)
    {
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Fail(PolicyErrors.Missing, map, field, $"'{key}' is required (with 'vi' and 'en')");
            }

            return (null, null);
        }

        if (!Mapping(node, field, out var texts) || !KnownKeys(texts, ["vi", "en"], field))
        {
            return (null, null);
        }

        var vi = Scalar(texts, "vi", field + ".vi", required: true, out var viNode);
        var en = Scalar(texts, "en", field + ".en", required: true, out var enNode);
        if (Problem is not null)
        {
            return (null, null);
        }

        if (string.IsNullOrWhiteSpace(vi) || string.IsNullOrWhiteSpace(en))
        {
            Fail(PolicyErrors.BadValue, string.IsNullOrWhiteSpace(vi) ? viNode! : enNode!, field, $"{Name(field)} must not be empty");
            return (null, null);
        }

        return (vi.Trim(), en.Trim());
    }

    private bool Sequence(YamlMappingNode map, string key, string field, bool required, out YamlSequenceNode? sequence)
    {
        sequence = null;
        var node = Get(map, key);
        if (node is null)
        {
            if (required)
            {
                Fail(PolicyErrors.Missing, map, field, $"'{key}' is required");
            }

            return !required;
        }

        sequence = node as YamlSequenceNode;
        if (sequence is null)
        {
            Fail(PolicyErrors.BadValue, node, field, $"{Name(field)} must be a list");
            return false;
        }

        return true;
    }

    private static string Path(string field, string name) => field.Length == 0 ? name : field + "." + name;

    private static string Name(string field) => field.Length == 0 ? "the file" : "'" + field + "'";
}
