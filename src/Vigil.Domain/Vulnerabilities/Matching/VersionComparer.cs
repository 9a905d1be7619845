using System.Globalization;
using Vigil.Domain.Devices;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Orders versions the way NVD's bounds need. Generic: split at ".", "-", "_", "(", ")", "+", " " and at digit/letter
/// changes; numbers compare as numbers, words case-insensitively, a number is newer than a word ("1.0" &gt; "1.0rc1"
/// is not modelled: "1.0rc1" counts as newer — pre-release tags are rare in the fleet's software), trailing zeros do
/// not count (16.12 = 16.12.0). Cisco schemes go through <see cref="CiscoVersion"/> so trains are respected and
/// NVD's dotted ASA spelling (9.8.4.45) is read as 9.8(4)45; they fall back to generic when either side will not parse.
/// </summary>
public static class VersionComparer
{
    /// <summary>Negative, zero or positive like <see cref="IComparer{T}"/>; null when the two cannot be ordered (different Cisco trains).</summary>
    public static int? Compare(string left, string right, VersionScheme scheme)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var family = CiscoFamily(scheme);
        if (family != CiscoOsFamily.Unknown
            && CiscoVersion.TryParse(family, ToCiscoNative(left, family), out var a)
            && CiscoVersion.TryParse(family, ToCiscoNative(right, family), out var b))
        {
            return CiscoVersion.Compare(a!, b!) switch
            {
                CiscoVersionOrder.Older => -1,
                CiscoVersionOrder.Same => 0,
                CiscoVersionOrder.Newer => 1,
                _ => null,
            };
        }

        return CompareGeneric(left, right);
    }

    public static int CompareGeneric(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var a = Tokens(left);
        var b = Tokens(right);
        var n = Math.Max(a.Count, b.Count);
        for (var i = 0; i < n; i++)
        {
            // A letter suffix where the other version has ended is a rebuild: 16.12.10a is newer than 16.12.10.
            if (i >= a.Count && b[i].Number < 0)
            {
                return -1;
            }

            if (i >= b.Count && a[i].Number < 0)
            {
                return 1;
            }

            var x = i < a.Count ? a[i] : Token.Zero;
            var y = i < b.Count ? b[i] : Token.Zero;
            var order = x.CompareTo(y);
            if (order != 0)
            {
                return order;
            }
        }

        return 0;
    }

    /// <summary>NVD's spelling of a Cisco version as Cisco writes it: "9.8.4.45" → "9.8(4)45" for ASA; IOS trains upper case.</summary>
    public static string ToCiscoNative(string text, CiscoOsFamily family)
    {
        ArgumentNullException.ThrowIfNull(text);
        var t = text.Trim();
        switch (family)
        {
            case CiscoOsFamily.Asa when !t.Contains('(', StringComparison.Ordinal):
                var parts = t.Split('.');
                return parts.Length switch
                {
                    3 => $"{parts[0]}.{parts[1]}({parts[2]})",
                    4 => $"{parts[0]}.{parts[1]}({parts[2]}){parts[3]}",
                    _ => t,
                };
            case CiscoOsFamily.Ios or CiscoOsFamily.NxOs:
                var close = t.IndexOf(')', StringComparison.Ordinal);
                return close < 0 ? t : t[..(close + 1)] + UpperTrain(t[(close + 1)..]);
            default:
                return t;
        }
    }

    /// <summary>A Cisco version in NVD's spelling: ASA dotted, the others lower case as NVD's CPE dictionary writes them.</summary>
    public static string ToNvdSpelling(CiscoVersion version)
    {
        ArgumentNullException.ThrowIfNull(version);
        var text = version.Normalized;
        if (version.Family == CiscoOsFamily.Asa)
        {
            text = text.Replace('(', '.').Replace(")", ".", StringComparison.Ordinal).TrimEnd('.');
        }

        return text.ToLowerInvariant();
    }

    private static string UpperTrain(string tail)
    {
        // "e4" → "E4" but a rebuild letter after the number stays lower ("SE7a").
        var digit = tail.AsSpan().IndexOfAnyInRange('0', '9');
        return digit < 0 ? tail.ToUpperInvariant() : tail[..digit].ToUpperInvariant() + tail[digit..];
    }

    private static CiscoOsFamily CiscoFamily(VersionScheme scheme) => scheme switch
    {
        VersionScheme.CiscoIos => CiscoOsFamily.Ios,
        VersionScheme.CiscoIosXe => CiscoOsFamily.IosXe,
        VersionScheme.CiscoNxOs => CiscoOsFamily.NxOs,
        VersionScheme.CiscoAsa => CiscoOsFamily.Asa,
        _ => CiscoOsFamily.Unknown,
    };

    private static List<Token> Tokens(string text)
    {
        var tokens = new List<Token>(6);
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i];
            if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < text.Length && char.IsAsciiDigit(text[i]))
                {
                    i++;
                }

                var digits = text.AsSpan(start, i - start).TrimStart('0');
                tokens.Add(digits.Length > 18
                    ? new Token(long.MaxValue, digits.ToString())
                    : new Token(digits.Length == 0 ? 0 : long.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture), null));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < text.Length && char.IsLetter(text[i]))
                {
                    i++;
                }

                tokens.Add(new Token(-1, text.Substring(start, i - start).ToLowerInvariant()));
            }
            else
            {
                i++;
            }
        }

        return tokens;
    }

    /// <summary>A number (Word null, or Word holding the digits of a huge number) or a word (Number -1).</summary>
    private readonly record struct Token(long Number, string? Word) : IComparable<Token>
    {
        public static Token Zero => new(0, null);

        public int CompareTo(Token other)
        {
            if (Number >= 0 && other.Number >= 0)
            {
                var order = Number.CompareTo(other.Number);
                return order != 0 || Number != long.MaxValue ? order : string.CompareOrdinal(Word ?? "", other.Word ?? "");
            }

            if (Number >= 0)
            {
                return 1;
            }

            return other.Number >= 0 ? -1 : string.CompareOrdinal(Word, other.Word);
        }
    }
}
