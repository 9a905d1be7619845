using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>The report templates in force: the embedded defaults, each replaceable by a site file of the same id.</summary>
public sealed class ReportTemplates
{
    private static readonly string[] s_embedded = ["xp7-cisco.yaml", "wannacry-c2.yaml"];

    private ReportTemplates(IReadOnlyList<ReportTemplate> all) => All = all;

    /// <summary>The shipped templates; a default that does not parse is a build bug and throws.</summary>
    public static ReportTemplates Default { get; } = new([.. s_embedded.Select(LoadEmbedded)]);

    public IReadOnlyList<ReportTemplate> All { get; }

    public ReportTemplate? Find(string id) => All.FirstOrDefault(t => string.Equals(t.Id, id, StringComparison.Ordinal));

    /// <summary>
    /// The defaults with site files applied: a file whose id matches a default replaces it, another adds a template.
    /// Any bad file refuses the whole set, so a typo never silently leaves an old template in force.
    /// </summary>
    public static Result<ReportTemplates> WithSiteFiles(IEnumerable<(string FileName, string Yaml)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var byId = Default.All.ToDictionary(t => t.Id, StringComparer.Ordinal);
        var order = Default.All.Select(t => t.Id).ToList();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (fileName, yaml) in files)
        {
            var parsed = ReportTemplateParser.Parse(yaml, fileName);
            if (!parsed.IsSuccess)
            {
                return parsed.Error!;
            }

            var template = parsed.Value!;
            if (!seen.Add(template.Id))
            {
                return Error.Validation("template.duplicate", $"{fileName}: the template '{template.Id}' is defined by another site file too.", fileName);
            }

            if (!byId.ContainsKey(template.Id))
            {
                order.Add(template.Id);
            }

            byId[template.Id] = template;
        }

        return new ReportTemplates([.. order.Select(id => byId[id])]);
    }

    private static ReportTemplate LoadEmbedded(string fileName)
    {
        var name = "Vigil.Domain.Directives.Templates." + fileName;
        using var stream = typeof(ReportTemplates).Assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"The embedded report template {name} is missing.");
        using var reader = new StreamReader(stream);
        var result = ReportTemplateParser.Parse(reader.ReadToEnd(), fileName);
        return result.IsSuccess ? result.Value! : throw new InvalidOperationException("The embedded report template is invalid: " + result.Error!.Message);
    }
}
