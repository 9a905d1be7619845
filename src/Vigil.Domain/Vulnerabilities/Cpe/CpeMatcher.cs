namespace Vigil.Domain.Vulnerabilities.Cpe;

/// <summary>
/// Name matching after NISTIR 7696: does the source name (an NVD criterion) contain the target name (what an asset
/// is)? Per attribute: source ANY contains everything; source NA contains only NA; a source value contains the same
/// value or, with wildcards, the values its pattern matches. A target ANY against a source value is only a subset,
/// which is no match: an asset whose edition is unknown is not claimed by a criterion for one edition.
/// </summary>
public static class CpeMatcher
{
    public static bool Matches(CpeName source, CpeName target)
    {
        ArgumentNullException.ThrowIfNull(source);
        ArgumentNullException.ThrowIfNull(target);
        if (source.Part != CpePart.Any && source.Part != target.Part)
        {
            return false;
        }

        for (var i = 0; i < 10; i++)
        {
            // Version is decided by the caller when a criterion has a range; the name still has to agree elsewhere.
            if (!Contains(source[i], target[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the source attribute value contains the target's (superset or equal).</summary>
    public static bool Contains(CpeValue source, CpeValue target)
    {
        switch (source.Kind)
        {
            case CpeValueKind.Any:
                return true;
            case CpeValueKind.NotApplicable:
                return target.Kind == CpeValueKind.NotApplicable;
        }

        if (target.Kind != CpeValueKind.Value)
        {
            return false;
        }

        return source.HasWildcards
            ? WildcardMatch(source.Text, target.Text)
            : string.Equals(source.Text, target.Text, StringComparison.Ordinal);
    }

    /// <summary>Matches an escaped pattern ("*", "?" unquoted are wildcards; "\x" is x) against a plain value.</summary>
    internal static bool WildcardMatch(string pattern, string value) => Match(pattern, 0, value, 0);

    private static bool Match(string pattern, int p, string value, int v)
    {
        while (p < pattern.Length)
        {
            var c = pattern[p];
            if (c == '*')
            {
                for (var k = v; k <= value.Length; k++)
                {
                    if (Match(pattern, p + 1, value, k))
                    {
                        return true;
                    }
                }

                return false;
            }

            if (v >= value.Length)
            {
                return false;
            }

            if (c == '?')
            {
                p++;
                v++;
                continue;
            }

            if (c == '\\' && p + 1 < pattern.Length)
            {
                c = pattern[++p];
            }

            if (c != value[v])
            {
                return false;
            }

            p++;
            v++;
        }

        return v == value.Length;
    }
}
