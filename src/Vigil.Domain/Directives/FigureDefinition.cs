namespace Vigil.Domain.Directives;

/// <summary>
/// One figure a unit reports: a stable key, its titles and how it is measured. The parameters a kind does not use are
/// empty; <see cref="ReportTemplateParser"/> checks that each kind has what it needs.
/// </summary>
/// <param name="Key">Stable within a directive, e.g. <c>xp7-computers</c>; the column of the aggregated report.</param>
/// <param name="OsReleases">For <see cref="FigureKind.ComputersOnOs"/>: product lines as inventory names them ("Windows 7").</param>
/// <param name="IncludeFixedInPeriod">For <see cref="FigureKind.ComputersOnOs"/>: also count computers remediated or replaced during the period, so the figure is "found" rather than "still left".</param>
/// <param name="IncludePersonal">Count personal computers used for work (the letters ask for them explicitly).</param>
/// <param name="RuleIds">For rule-based kinds: the rule(s) of the policy pack; remediation kinds default to the OS rules.</param>
/// <param name="Vendor">For device kinds: only devices of this vendor (case-insensitive), or all when null.</param>
/// <param name="Bulletin">For <see cref="FigureKind.BulletinAffected"/>: the bulletin's document number.</param>
public sealed record FigureDefinition(
    string Key,
    FigureKind Kind,
    string TitleVi,
    string TitleEn,
    IReadOnlyList<string> OsReleases,
    bool IncludeFixedInPeriod,
    bool IncludePersonal,
    IReadOnlyList<string> RuleIds,
    string? Vendor,
    string? Bulletin = null)
{
    public string Title(bool english) => english ? TitleEn : TitleVi;

    public bool IsManual => Kind == FigureKind.Manual;

    public static FigureDefinition ManualFigure(string key, string titleVi, string titleEn) =>
        new(key, FigureKind.Manual, titleVi, titleEn, [], false, true, [], null);
}
