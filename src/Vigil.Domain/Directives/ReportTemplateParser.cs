using System.Globalization;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Catalogs;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Directives;

/// <summary>
/// Reads a report template file (Directives/Templates/*.yaml, or a site's override); never throws. Errors name the file,
/// line and column and the first problem, and a template with any problem is refused whole.
/// </summary>
public static class ReportTemplateParser
{
    /// <summary>More figures than a letter ever asks for would make an unreadable report.</summary>
    public const int MaxFigures = 40;

    private static readonly string[] s_rootKeys = ["template", "version", "title", "subject", "requirement", "policy_packs", "figures"];
    private static readonly string[] s_figureKeys = ["key", "kind", "title", "os_releases", "include_fixed_in_period", "include_personal", "rules", "vendor", "bulletin"];
    private static readonly string[] s_titleKeys = ["vi", "en"];

    public static Result<ReportTemplate> Parse(string? yaml, string fileName)
    {
        var (reader, root) = CatalogYaml.Load(yaml, fileName);
        if (root is null)
        {
            return Recode(reader.Error!);
        }

        reader.OnlyKeys(root, s_rootKeys);
        var id = reader.String(root, "template", required: true);
        var versionText = reader.String(root, "version", required: true);
        var (titleVi, titleEn) = Title(reader, root);
        var subject = reader.String(root, "subject") ?? "";
        var requirement = reader.String(root, "requirement") ?? "";
        var packs = reader.Strings(root, "policy_packs");
        if (reader.Failed)
        {
            return Recode(reader.Error!);
        }

        if (!IsKey(id!))
        {
            return Recode(reader.Fail(CatalogYaml.Child(root, "template"), $"'template' must be lower-case letters, digits and '-', not '{id}'."));
        }

        if (!int.TryParse(versionText, NumberStyles.None, CultureInfo.InvariantCulture, out var version) || version < 1)
        {
            return Recode(reader.Fail(CatalogYaml.Child(root, "version"), $"'version' must be a whole number from 1, not '{versionText}'."));
        }

        var figures = new List<FigureDefinition>();
        var keys = new HashSet<string>(StringComparer.Ordinal);
        foreach (var node in reader.Mappings(root, "figures", required: true))
        {
            if (reader.Failed)
            {
                break;
            }

            if (ReadFigure(reader, node) is { } figure)
            {
                if (!keys.Add(figure.Key))
                {
                    reader.Fail(CatalogYaml.Child(node, "key"), $"the figure key '{figure.Key}' is used twice.");
                    break;
                }

                figures.Add(figure);
            }
        }

        if (!reader.Failed && figures.Count == 0)
        {
            reader.Fail(CatalogYaml.Child(root, "figures") ?? root, "'figures' must list at least one figure.");
        }
        else if (!reader.Failed && figures.Count > MaxFigures)
        {
            reader.Fail(CatalogYaml.Child(root, "figures"), $"a template has at most {MaxFigures} figures.");
        }

        return reader.Failed
            ? Recode(reader.Error!)
            : new ReportTemplate(id!, version, titleVi!, titleEn!, subject, requirement, packs, figures);
    }

    /// <summary>Figure and template keys: what a URL and a spreadsheet column can carry unchanged.</summary>
    public static bool IsKey(string text) =>
        text.Length is > 0 and <= 64 && text.All(c => c is (>= 'a' and <= 'z') or (>= '0' and <= '9') or '-') && text[0] != '-';

    private static FigureDefinition? ReadFigure(CatalogYaml reader, YamlMappingNode node)
    {
        reader.OnlyKeys(node, s_figureKeys);
        var key = reader.String(node, "key", required: true);
        var kindText = reader.String(node, "kind", required: true);
        var (titleVi, titleEn) = Title(reader, node);
        var releases = reader.Strings(node, "os_releases");
        var fixedToo = reader.Bool(node, "include_fixed_in_period");
        var personal = reader.Bool(node, "include_personal", fallback: true);
        var rules = reader.Strings(node, "rules");
        var vendor = reader.String(node, "vendor");
        var bulletin = reader.String(node, "bulletin");
        if (reader.Failed)
        {
            return null;
        }

        if (!IsKey(key!))
        {
            reader.Fail(CatalogYaml.Child(node, "key"), $"a figure key is lower-case letters, digits and '-', not '{key}'.");
            return null;
        }

        if (FigureKinds.Parse(kindText) is not { } kind)
        {
            reader.Fail(CatalogYaml.Child(node, "kind"), $"unknown kind '{kindText}' (expected {string.Join(", ", FigureKinds.Names)}).");
            return null;
        }

        var problem = kind switch
        {
            FigureKind.ComputersOnOs when releases.Count == 0 => ("os_releases", "'computers-on-os' needs 'os_releases', such as [Windows XP, Windows 7]."),
            FigureKind.ComputersFailingRule or FigureKind.ComputersPassingRule when rules.Count != 1 => ("rules", $"'{kindText}' needs exactly one rule id in 'rules'."),
            not FigureKind.ComputersOnOs when releases.Count > 0 => ("os_releases", $"'os_releases' only applies to 'computers-on-os', not '{kindText}'."),
            not (FigureKind.NetworkDevices or FigureKind.DevicesFirmwareUpdated) when vendor is not null => ("vendor", $"'vendor' only applies to device figures, not '{kindText}'."),
            FigureKind.Manual or FigureKind.NetworkDevices or FigureKind.DevicesFirmwareUpdated or FigureKind.ComputersOnOs or FigureKind.UnitsDeployedPack
                or FigureKind.BulletinAffected when rules.Count > 0 => ("rules", $"'rules' does not apply to '{kindText}'."),
            FigureKind.BulletinAffected when string.IsNullOrWhiteSpace(bulletin) => ("bulletin", "'bulletin-affected' needs 'bulletin', the bulletin's document number."),
            not FigureKind.BulletinAffected when bulletin is not null => ("bulletin", $"'bulletin' only applies to 'bulletin-affected', not '{kindText}'."),
            _ => default((string, string)?),
        };
        if (problem is { } p)
        {
            reader.Fail(CatalogYaml.Child(node, p.Item1) ?? node, p.Item2);
            return null;
        }

        return new FigureDefinition(key!, kind, titleVi!, titleEn!, releases, fixedToo, personal, rules, vendor, bulletin?.Trim());
    }

    private static (string? Vi, string? En) Title(CatalogYaml reader, YamlMappingNode map)
    {
        if (reader.Failed)
        {
            return (null, null);
        }

        switch (CatalogYaml.Child(map, "title"))
        {
            case null:
                reader.Fail(map, "'title' is required (with 'vi' and 'en').");
                return (null, null);
            case YamlMappingNode title:
                reader.OnlyKeys(title, s_titleKeys);
                var vi = reader.String(title, "vi", required: true);
                var en = reader.String(title, "en");
                return (vi, en ?? vi);
            case var other:
                reader.Fail(other, "'title' must be a mapping with 'vi' and 'en'.");
                return (null, null);
        }
    }

    private static Error Recode(Error error) => error with { Code = "template.invalid" };
}
