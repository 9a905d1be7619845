using System.Globalization;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>A rule's parameters with the check's defaults filled in, read once when the pack is compiled.</summary>
internal sealed class RuleParameters(PolicyRule rule, CheckDefinition check)
{
    public bool Has(string name) => rule.Parameters.ContainsKey(name);

    public int Int(string name) => int.Parse(Text(name), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);

    public decimal Number(string name) => decimal.Parse(Text(name), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture);

    public bool Bool(string name) => Text(name) == "true";

    public string[] List(string name) => Text(name).Split('\n', StringSplitOptions.RemoveEmptyEntries);

    public string Text(string name) =>
        rule.Parameters.TryGetValue(name, out var value) ? value : check.Find(name)?.Default ?? throw new InvalidOperationException($"No parameter {name} on {check.Name}.");
}
