using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Evaluates NVD configurations against one asset. A criterion holds when one of the asset's products matches its
/// CPE pattern (all attributes but the version by NISTIR 7696 name matching) and its version is inside the range.
/// Nodes combine criteria by AND/OR and negate; a configuration combines nodes. The CVE applies when a configuration
/// holds and a vulnerable criterion (not a mere platform) is among the reasons.
/// </summary>
public static class ConfigurationEvaluator
{
    /// <summary>The evidence when <paramref name="cve"/> applies to <paramref name="asset"/>; null when it does not.</summary>
    public static List<MatchEvidence>? Evaluate(Cve cve, AssetProfile asset)
    {
        ArgumentNullException.ThrowIfNull(cve);
        ArgumentNullException.ThrowIfNull(asset);
        List<MatchEvidence>? result = null;
        foreach (var configuration in cve.Configurations)
        {
            var evidence = new List<MatchEvidence>();
            var holds = configuration.Operator == NvdOperator.And
                ? configuration.Nodes.All(n => Node(n, asset, evidence))
                : configuration.Nodes.Any(n => Node(n, asset, evidence));
            if (configuration.Negate)
            {
                holds = !holds;
            }

            if (holds && evidence.Exists(e => e.Vulnerable))
            {
                (result ??= []).AddRange(evidence);
            }
        }

        return result;
    }

    private static bool Node(NvdNode node, AssetProfile asset, List<MatchEvidence> evidence)
    {
        var found = new List<MatchEvidence>();
        var holds = node.Operator == NvdOperator.And;
        foreach (var criterion in node.Matches)
        {
            var hit = Criterion(criterion, asset);
            if (hit is not null)
            {
                found.Add(hit);
            }

            if (node.Operator == NvdOperator.And && hit is null)
            {
                holds = false;
                break;
            }

            if (node.Operator == NvdOperator.Or && hit is not null)
            {
                holds = true;
            }
        }

        if (node.Negate)
        {
            // A negated node holds because something is absent; it contributes no evidence of presence.
            return !holds;
        }

        if (holds)
        {
            evidence.AddRange(found);
        }

        return holds;
    }

    /// <summary>Evidence when one of the asset's products satisfies <paramref name="criterion"/>.</summary>
    public static MatchEvidence? Criterion(CpeMatchCriterion criterion, AssetProfile asset)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(asset);
        foreach (var product in asset.Products)
        {
            var hit = Criterion(criterion, product);
            if (hit is not null)
            {
                return hit;
            }
        }

        return null;
    }

    public static MatchEvidence? Criterion(CpeMatchCriterion criterion, AssetProduct product)
    {
        ArgumentNullException.ThrowIfNull(criterion);
        ArgumentNullException.ThrowIfNull(product);
        var source = criterion.Criteria;
        var target = product.Cpe;
        if (source.Part != CpePart.Any && source.Part != target.Part)
        {
            return null;
        }

        var uncertain = product.Uncertain;
        for (var i = 0; i < 10; i++)
        {
            if (i == 2 || CpeMatcher.Contains(source[i], target[i]))
            {
                continue;
            }

            // An attribute the inventory does not know (architecture) is not held against the asset, but noted.
            if (i >= 3 && target[i].IsAny && source[i].IsValue)
            {
                uncertain = true;
                continue;
            }

            return null;
        }

        var decision = Version(criterion, product);
        if (decision is null)
        {
            return null;
        }

        if (decision.EndsWith('?'))
        {
            uncertain = true;
        }

        return new MatchEvidence(source.Formatted, criterion.RangeText, criterion.Vulnerable, target.Formatted, decision, product.Fact, uncertain);
    }

    /// <summary>How the version agreed, or null when it does not. A trailing "?" marks an uncertain decision.</summary>
    private static string? Version(CpeMatchCriterion criterion, AssetProduct product)
    {
        var source = criterion.Criteria.Version;
        var target = product.Cpe.Version;
        if (criterion.HasRange)
        {
            if (product.RangeVersion is null)
            {
                return null;
            }

            var v = product.RangeVersion;
            if (!Inside(v, criterion.VersionStartIncluding, product.Scheme, c => c >= 0)
                || !Inside(v, criterion.VersionStartExcluding, product.Scheme, c => c > 0)
                || !Inside(v, criterion.VersionEndIncluding, product.Scheme, c => c <= 0)
                || !Inside(v, criterion.VersionEndExcluding, product.Scheme, c => c < 0))
            {
                return null;
            }

            return $"{v} in range {criterion.RangeText}" + (product.Uncertain ? "?" : "");
        }

        switch (source.Kind)
        {
            case CpeValueKind.Any:
                return "any version";
            case CpeValueKind.NotApplicable:
                // NVD's older Windows records write windows_10_1607:- for "every build": the build is not held against it.
                return target.Kind == CpeValueKind.NotApplicable ? "no version" : product.Scheme == VersionScheme.Windows ? "any build (criterion has no version)" : null;
        }

        if (target.Kind != CpeValueKind.Value)
        {
            return null;
        }

        if (source.HasWildcards)
        {
            return CpeMatcher.WildcardMatch(source.Text, target.Text) ? $"{target.Text} matches {source.Text}" : null;
        }

        return string.Equals(source.Text, target.Text, StringComparison.Ordinal)
            || VersionComparer.Compare(target.Text, source.Text, product.Scheme) == 0
            ? $"{target.Text} = {source.Text}"
            : null;
    }

    private static bool Inside(string version, string? bound, VersionScheme scheme, Func<int, bool> accept)
    {
        if (bound is null)
        {
            return true;
        }

        var order = VersionComparer.Compare(version, bound, scheme);
        return order is not null && accept(order.Value);
    }
}
