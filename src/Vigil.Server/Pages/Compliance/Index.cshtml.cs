using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Compliance;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages.Compliance;

/// <summary>
/// The compliance dashboard of a unit (and subtree) as of a day: per rule the share passing with its counts, the
/// trend from the daily counts, the upgrade triage and the stale computers. Every current number links to the
/// computers behind it.
/// </summary>
public sealed class IndexModel(ComplianceQuery compliance, UnitService units, TimeProvider clock, IStringLocalizer<SharedResource> text) : PageModel
{
    public static readonly int[] Periods = [7, 30, 90, 180, 365];

    [BindProperty(SupportsGet = true)]
    public Guid? Unit { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Subtree { get; set; } = true;

    [BindProperty(SupportsGet = true, Name = "asOf")]
    public string? AsOfText { get; set; }

    [BindProperty(SupportsGet = true)]
    public int Days { get; set; } = 30;

    public UnitPicker Picker { get; private set; } = new([], null, true);

    public DateOnly Today { get; private set; }

    public DateOnly? AsOf { get; private set; }

    public ComplianceSummaryDto? Summary { get; private set; }

    public TriageBreakdownDto? Triage { get; private set; }

    public TrendChart? Trend { get; private set; }

    public RuleCountDto? Stale { get; private set; }

    public PageMessages Messages { get; } = new();

    /// <summary>Drill-down lists show today's verdicts, so only the current figures link to them.</summary>
    public bool Linked => Summary?.Basis == "current";

    public async Task OnGetAsync(CancellationToken ct)
    {
        Subtree = UnitPicker.SubtreeOf(Request, Subtree);
        Today = ComplianceDates.Today(clock);
        AsOf = PageLinks.ParseDay(AsOfText);
        if (!string.IsNullOrWhiteSpace(AsOfText) && AsOf is null)
        {
            Messages.Errors.Add(text["Compliance.AsOfInvalid"]);
        }

        if (!Periods.Contains(Days))
        {
            Days = 30;
        }

        Picker = new UnitPicker(await units.ListAsync(ct), Unit, Subtree);
        var summary = await compliance.SummaryAsync(Unit, Subtree, AsOf, ct);
        if (!summary.IsSuccess)
        {
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(summary.Error!);
            Messages.Add(summary.Error!, text);
            return;
        }

        Summary = summary.Value!;
        Stale = Summary.Rules.FirstOrDefault(r => r.RuleId == RuleOfCheck("fresh-data"));
        var last = Summary.AsOf > Today ? Today : Summary.AsOf;
        var trend = await compliance.TrendAsync(Unit, Subtree, last.AddDays(1 - Days), last, ct);
        if (trend.IsSuccess)
        {
            Trend = TrendChart.Build(trend.Value!, [.. Summary.Rules.Select(r => (r.RuleId, Title(r)))]);
        }

        if (Linked)
        {
            Triage = (await compliance.TriageAsync(Unit, Subtree, ct)).Value;
        }
    }

    public static string Title(RuleCountDto rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        return ComplianceText.RuleTitle(rule.RuleId, rule.TitleVi, rule.TitleEn);
    }

    public static string Number(int n) => n.ToString("N0", CultureInfo.CurrentCulture);

    public static string Share(double? share) => share is { } s ? s.ToString("P0", CultureInfo.CurrentCulture) : "—";

    public static string Day(DateOnly day) => day.ToString("d", CultureInfo.CurrentCulture);

    /// <summary>The results list behind a number, for the same unit choice; null when the figures are not today's.</summary>
    public string? Results(params (string Key, string? Value)[] filters)
    {
        if (!Linked)
        {
            return null;
        }

        var values = new List<KeyValuePair<string, string?>>
        {
            new("unit", Unit?.ToString()), new("subtree", Unit is null ? null : Subtree ? "true" : "false"),
        };
        values.AddRange(filters.Select(f => new KeyValuePair<string, string?>(f.Key, f.Value)));
        return PageLinks.To("/compliance/results", values);
    }

    public string Link(int? days = null, string? asOf = null) => PageLinks.To("/compliance",
    [
        new("unit", Unit?.ToString()), new("subtree", Unit is null ? null : Subtree ? "true" : "false"),
        new("asOf", asOf ?? AsOfText), new("days", PageLinks.Number(days ?? Days)),
    ]);

    public int TriageCount(string remediation, string target) =>
        Triage?.Counts.FirstOrDefault(c => c.Remediation == remediation && c.Target == target)?.Count ?? 0;

    private string? RuleOfCheck(string check) => compliance.RuleOfCheck(check);
}
