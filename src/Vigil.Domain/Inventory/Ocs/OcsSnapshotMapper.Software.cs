using System.Text.RegularExpressions;

namespace Vigil.Domain.Inventory.Ocs;

internal static partial class OcsSnapshotMapper
{
    private static (List<SoftwareItem>? Programs, List<string>? Hotfixes) MapSoftware(IReadOnlyList<OcsSection> entries, OsFamily? family)
    {
        if (entries.Count == 0)
        {
            return (null, null);
        }

        var programs = new List<SoftwareItem>();
        var seen = new HashSet<SoftwareItem>();
        var hotfixes = new List<string>();
        var seenHotfixes = new HashSet<string>(StringComparer.Ordinal);
        foreach (var entry in entries)
        {
            if (entry["NAME"] is not { } name)
            {
                continue;
            }

            if (HotfixId(entry, name) is { } kb)
            {
                if (seenHotfixes.Add(kb))
                {
                    hotfixes.Add(kb);
                }

                continue;
            }

            // The same program under the 32- and 64-bit uninstall keys is one program.
            var item = new SoftwareItem(name, entry["VERSION"], entry["PUBLISHER"]);
            if (seen.Add(item))
            {
                programs.Add(item);
            }
        }

        // KB numbers only exist on Windows: elsewhere an empty list would claim "checked, none installed".
        return (programs, hotfixes.Count == 0 && family != OsFamily.Windows ? null : hotfixes);
    }

    /// <summary>
    /// The KB number when the entry is an update rather than a program: FusionInventory lists Win32_QuickFixEngineering
    /// as FROM=WMI with NAME=KB…, and on XP (and for Office and .NET everywhere) updates are uninstall entries named
    /// like "Security Update for Windows XP (KB958644)".
    /// </summary>
    private static string? HotfixId(OcsSection entry, string name)
    {
        var match = KbNumber().Match(name);
        if (!match.Success)
        {
            return null;
        }

        var isUpdate = string.Equals(entry["FROM"], "WMI", StringComparison.OrdinalIgnoreCase)
            || entry["SYSTEM_CATEGORY"] is "hotfix" or "security_update" or "update"
            || BareKb().IsMatch(name)
            || UpdateName().IsMatch(name);
        return isUpdate ? "KB" + match.Groups[1].Value : null;
    }

    private static List<SecurityProduct>? MapSecurityProducts(OcsDocument document, OsFamily? family, TimeSpan offset)
    {
        var antivirus = document.All("ANTIVIRUS");
        var center = document.All("SECURITYCENTER");
        var firewall = document.All("FIREWALL");
        if (antivirus.Count == 0 && center.Count == 0 && firewall.Count == 0)
        {
            return null;
        }

        var products = new List<SecurityProduct>();
        foreach (var av in antivirus)
        {
            if (av["NAME"] is not { } name)
            {
                continue;
            }

            var baseVersion = av["BASE_VERSION"];
            // ENABLED is the on-access (real-time) scanner state from the Security Center.
            var enabled = OcsValues.Flag(av["ENABLED"]);
            products.Add(new SecurityProduct
            {
                Name = name,
                Vendor = av["COMPANY"],
                Kind = SecurityProductKind.AntiMalware,
                Version = av["VERSION"],
                Enabled = enabled,
                RealTimeProtection = enabled,
                SignaturesUpToDate = OcsValues.Flag(av["UPTODATE"]),
                SignatureVersion = baseVersion,
                // Kaspersky's BASE_VERSION is the date of its bases ("20240520").
                SignatureDate = OcsDates.Parse(av["BASE_CREATION"], dayFirst: true, offset)
                    ?? (baseVersion is { Length: 8 } && baseVersion.All(char.IsAsciiDigit) ? OcsDates.Parse(baseVersion, dayFirst: true, offset) : null),
            });
        }

        AddSecurityCenter(center, products);
        AddFirewall(firewall, family, products);
        return products;
    }

    /// <summary>The OCS "security" plugin: one SECURITYCENTER entry per product and Security Center version.</summary>
    private static void AddSecurityCenter(IReadOnlyList<OcsSection> entries, List<SecurityProduct> products)
    {
        foreach (var entry in entries)
        {
            if (entry["PRODUCT"] is not { } name)
            {
                continue;
            }

            var kind = string.Equals(entry["CATEGORY"], "Firewall", StringComparison.OrdinalIgnoreCase) ? SecurityProductKind.Firewall : SecurityProductKind.AntiMalware;
            if (products.Exists(p => p.Kind == kind && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
            {
                continue;
            }

            var enabled = OcsValues.Flag(entry["ENABLED"]);
            products.Add(new SecurityProduct
            {
                Name = name,
                Vendor = entry["COMPANY"],
                Kind = kind,
                Version = entry["VERSION"],
                Enabled = enabled,
                RealTimeProtection = kind == SecurityProductKind.AntiMalware ? enabled : null,
                SignaturesUpToDate = kind == SecurityProductKind.AntiMalware ? OcsValues.Flag(entry["UPTODATE"]) : null,
            });
        }
    }

    /// <summary>The host firewall as one product, on only when every reported profile is on.</summary>
    private static void AddFirewall(IReadOnlyList<OcsSection> entries, OsFamily? family, List<SecurityProduct> products)
    {
        var states = entries.Select(e => e["STATUS"]).OfType<string>().Select(OcsValues.Flag).ToList();
        if (states.Count == 0)
        {
            return;
        }

        var windows = family == OsFamily.Windows;
        products.Add(new SecurityProduct
        {
            Name = windows ? "Windows Firewall" : "Host firewall",
            Vendor = windows ? "Microsoft Corporation" : null,
            Kind = SecurityProductKind.Firewall,
            Enabled = states.Contains(null) ? null : states.TrueForAll(s => s == true),
        });
    }

    [GeneratedRegex(@"\bKB(\d{4,8})(?!\d)", RegexOptions.IgnoreCase)]
    private static partial Regex KbNumber();

    [GeneratedRegex(@"^KB\d{4,8}(?:-v\d+)?$", RegexOptions.IgnoreCase)]
    private static partial Regex BareKb();

    [GeneratedRegex(@"\b(?:update|hotfix|security|rollup|service pack|fix)\b", RegexOptions.IgnoreCase)]
    private static partial Regex UpdateName();
}
