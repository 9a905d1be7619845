using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Vigil.Domain.Devices;

// One grammar per family. Each produces the same positions for every version of its family, so Compare can walk
// them in step; Normalized is rendered from the positions, never from the raw text.
public sealed partial class CiscoVersion
{
    /// <summary>Longer than any real version; anything longer is pasted text, not a version.</summary>
    public const int MaxLength = 64;

    // 12.2(55)SE7, 15.0(2)SE11a, 15.2(4)M, 12.4(25d), 12.2(44r)SG9, 15.2(4.0.55)E, 12.2(33)SXJ10.
    [GeneratedRegex(@"^(?<maj>\d{1,2})\.(?<min>\d{1,2})\((?<m>\d{1,3})(?<ml>[a-zA-Z]{0,2})(?:\.(?<x1>\d{1,4}))?(?:\.(?<x2>\d{1,4}))?(?:\.(?<x3>\d{1,4}))?\)(?<t>[A-Z]{0,6}?)(?<rb>\d{0,4})(?<rl>[a-z]{0,2})$", RegexOptions.CultureInvariant)]
    private static partial Regex IosPattern();

    // 16.12.4, 17.3.1a, 16.09.03, 03.06.06E, 03.09.01.S, 3.16.4bS.
    [GeneratedRegex(@"^(?<maj>\d{1,2})\.(?<min>\d{1,2})(?:\.(?<mt>\d{1,3}))?(?:\.?(?<tail>[A-Za-z]{1,4}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex IosXePattern();

    // 9.3(10), 7.0(3)I7(9), 6.0(2)N2(7), 14.0(1h), 10.2(5)M, 4.2(1)SV1(5.2).
    [GeneratedRegex(@"^(?<maj>\d{1,2})\.(?<min>\d{1,2})\((?<m>\d{1,3})(?<ml>[a-zA-Z]{0,2})(?:\.(?<ms>\d{1,4}))?\)(?:(?<t>[A-Z]{1,3})(?<tmaj>\d{1,2})\((?<tm>\d{1,3})(?<tml>[a-zA-Z]{0,2})(?:\.(?<tms>\d{1,4}))?\))?(?:\.?(?<rel>[MF]))?$", RegexOptions.CultureInvariant)]
    private static partial Regex NxOsPattern();

    // 9.8(4)45, 9.12(4), 9.5(2)204, 9.6(2.99).
    [GeneratedRegex(@"^(?<maj>\d{1,2})\.(?<min>\d{1,2})\((?<m>\d{1,3})(?:\.(?<ms>\d{1,4}))?\)(?<i>\d{1,4})?$", RegexOptions.CultureInvariant)]
    private static partial Regex AsaPattern();

    // 8.10.151.0 (AireOS), 2.5.9.54 and 1.4.11.5 (small-business switches).
    [GeneratedRegex(@"^(?<a>\d{1,3})\.(?<b>\d{1,3})\.(?<c>\d{1,4})(?:\.(?<d>\d{1,5}))?$", RegexOptions.CultureInvariant)]
    private static partial Regex DottedPattern();

    // NX-OS prints "14.0(1h) [build 14.0(1h)]" on some platforms.
    [GeneratedRegex(@"\s*\[build[^\]]*\]$", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex BuildSuffix();

    private static CiscoVersion? ParseIos(string text)
    {
        var match = IosPattern().Match(text);
        if (!match.Success)
        {
            // People type trains in lower case ("15.2(7)e4"); trains are the letters right after ')'.
            var close = text.LastIndexOf(')');
            if (close < 0 || close == text.Length - 1)
            {
                return null;
            }

            var tail = text[(close + 1)..];
            var letters = tail.TakeWhile(char.IsAsciiLetter).Count();
            match = IosPattern().Match(string.Concat(text.AsSpan(0, close + 1), tail[..letters].ToUpperInvariant(), tail[letters..].ToLowerInvariant()));
            if (!match.Success)
            {
                return null;
            }
        }

        var (maj, min, m) = (Int(match, "maj"), Int(match, "min"), Int(match, "m"));
        var ml = match.Groups["ml"].Value.ToLowerInvariant();
        var extras = new[] { Int(match, "x1"), Int(match, "x2"), Int(match, "x3") };
        var train = match.Groups["t"].Value;
        var rebuild = Int(match, "rb");
        var rl = match.Groups["rl"].Value;
        VersionPart[] parts =
        [
            VersionPart.Num(maj), VersionPart.Num(min), VersionPart.Num(m), VersionPart.Letters(ml),
            VersionPart.Num(extras[0]), VersionPart.Num(extras[1]), VersionPart.Num(extras[2]),
            VersionPart.Train(train), VersionPart.Num(rebuild), VersionPart.Letters(rl),
        ];
        var normalized = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{maj}.{min}({m}{ml}");
        AppendSignificant(normalized, extras);
        normalized.Append(')').Append(train);
        if (rebuild > 0)
        {
            normalized.Append(rebuild);
        }

        normalized.Append(rl);
        return new CiscoVersion(CiscoOsFamily.Ios, text, parts, normalized.ToString());
    }

    private static CiscoVersion? ParseIosXe(string text)
    {
        var match = IosXePattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (maj, min, mt) = (Int(match, "maj"), Int(match, "min"), Int(match, "mt"));
        var tail = match.Groups["tail"].Value;
        var lower = tail.TakeWhile(char.IsAsciiLetterLower).Count();
        var letters = tail[..lower];
        var train = tail[lower..];
        if (train.Any(char.IsAsciiLetterLower) || letters.Length > 2)
        {
            return null;
        }

        // From 16.x on, letters after the maintenance number are rebuilds (17.3.1a); only 3.x has trains (3.6.6E, 3.9.1S).
        if (maj >= 16 && train.Length > 0)
        {
            if (letters.Length > 0 || train.Length > 2)
            {
                return null;
            }

            (letters, train) = (train.ToLowerInvariant(), "");
        }

        VersionPart[] parts = [VersionPart.Num(maj), VersionPart.Num(min), VersionPart.Num(mt), VersionPart.Letters(letters), VersionPart.Train(train)];
        return new CiscoVersion(CiscoOsFamily.IosXe, text, parts, string.Create(CultureInfo.InvariantCulture, $"{maj}.{min}.{mt}{letters}{train}"));
    }

    private static CiscoVersion? ParseNxOs(string text)
    {
        var match = NxOsPattern().Match(BuildSuffix().Replace(text, ""));
        if (!match.Success)
        {
            return null;
        }

        var (maj, min, m, ms) = (Int(match, "maj"), Int(match, "min"), Int(match, "m"), Int(match, "ms"));
        var ml = match.Groups["ml"].Value.ToLowerInvariant();
        var train = match.Groups["t"].Value;
        var (tmaj, tm, tms) = (Int(match, "tmaj"), Int(match, "tm"), Int(match, "tms"));
        var tml = match.Groups["tml"].Value.ToLowerInvariant();

        // The M/F of 10.x (maintenance or feature release) labels a release; it is not part of its order.
        VersionPart[] parts =
        [
            VersionPart.Num(maj), VersionPart.Num(min), VersionPart.Num(m), VersionPart.Letters(ml), VersionPart.Num(ms),
            VersionPart.Train(train), VersionPart.Num(tmaj), VersionPart.Num(tm), VersionPart.Letters(tml), VersionPart.Num(tms),
        ];
        var normalized = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{maj}.{min}({m}{ml}");
        AppendSignificant(normalized, [ms]);
        normalized.Append(')');
        if (train.Length > 0)
        {
            normalized.Append(CultureInfo.InvariantCulture, $"{train}{tmaj}({tm}{tml}");
            AppendSignificant(normalized, [tms]);
            normalized.Append(')');
        }

        normalized.Append(match.Groups["rel"].Value);
        return new CiscoVersion(CiscoOsFamily.NxOs, text, parts, normalized.ToString());
    }

    private static CiscoVersion? ParseAsa(string text)
    {
        var match = AsaPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var (maj, min, m, ms, interim) = (Int(match, "maj"), Int(match, "min"), Int(match, "m"), Int(match, "ms"), Int(match, "i"));
        VersionPart[] parts = [VersionPart.Num(maj), VersionPart.Num(min), VersionPart.Num(m), VersionPart.Num(ms), VersionPart.Num(interim)];
        var normalized = new StringBuilder().Append(CultureInfo.InvariantCulture, $"{maj}.{min}({m}");
        AppendSignificant(normalized, [ms]);
        normalized.Append(')');
        if (interim > 0)
        {
            normalized.Append(interim);
        }

        return new CiscoVersion(CiscoOsFamily.Asa, text, parts, normalized.ToString());
    }

    private static CiscoVersion? ParseDotted(string text, CiscoOsFamily family)
    {
        var match = DottedPattern().Match(text);
        if (!match.Success)
        {
            return null;
        }

        var numbers = new[] { Int(match, "a"), Int(match, "b"), Int(match, "c"), Int(match, "d") };
        return new CiscoVersion(family, text, Array.ConvertAll(numbers, VersionPart.Num), string.Join('.', numbers));
    }

    /// <summary>Appends ".n" parts up to the last non-zero one, so 4.0.0 and 4 render alike (they compare alike).</summary>
    private static void AppendSignificant(StringBuilder builder, int[] extras)
    {
        var last = Array.FindLastIndex(extras, e => e != 0);
        for (var i = 0; i <= last; i++)
        {
            builder.Append('.').Append(extras[i]);
        }
    }

    private static int Int(Match match, string group)
    {
        var value = match.Groups[group].Value;
        return value.Length == 0 ? 0 : int.Parse(value, NumberStyles.None, CultureInfo.InvariantCulture);
    }
}
