namespace Vigil.Domain.Directives;

/// <summary>A kind of directive that recurs: its subject, requirement text, policy packs and the figures units report.</summary>
public sealed record ReportTemplate(
    string Id,
    int Version,
    string TitleVi,
    string TitleEn,
    string SubjectVi,
    string RequirementVi,
    IReadOnlyList<string> PolicyPacks,
    IReadOnlyList<FigureDefinition> Figures)
{
    public string Title(bool english) => english ? TitleEn : TitleVi;
}
