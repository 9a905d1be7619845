using Vigil.Contracts.V1;
using Vigil.Domain.Directives;

namespace Vigil.Server.Features.Directives;

internal static class DirectiveMapping
{
    public static DirectiveDto ToDto(Directive d, string unitName, List<DirectiveAttachmentDto> attachments) => new(
        d.Id, d.UnitId, unitName, d.Number, d.Subject, d.IssuingBody, d.ParentBody, d.IssuedOn, d.Place, Lines(d.Addressees),
        d.DeadlineDate, d.DeadlineTime.ToString("HH:mm", System.Globalization.CultureInfo.InvariantCulture), d.TimeZone, d.DeadlineUtc, d.PeriodStart,
        d.Requirement, [.. d.PolicyPacks.Split(',', StringSplitOptions.RemoveEmptyEntries)], d.TemplateId,
        DirectiveJson.Figures(d.FiguresJson).ConvertAll(ToDto), d.ReminderHours, d.CreatedAt, d.CreatedBy, attachments);

    public static DirectiveFigureDto ToDto(FigureDefinition f) => new(f.Key, FigureKinds.Name(f.Kind), f.TitleVi, f.TitleEn, f.IsManual);

    public static List<ReportFigureDto> Figures(IReadOnlyList<FigureDefinition> definitions, IReadOnlyList<FigureValue> values) =>
        [.. definitions.Select(d =>
        {
            var v = values.FirstOrDefault(x => x.Key == d.Key);
            return new ReportFigureDto(d.Key, d.TitleVi, d.TitleEn, d.IsManual, v?.Measured, v?.Reported, v?.Justification, v?.Value);
        })];

    public static DirectiveHeader Header(Directive d, string targetName) => new(
        d.Id, d.Number, d.Subject, d.IssuingBody, d.ParentBody, d.IssuedOn, d.Place, Lines(d.Addressees), d.DeadlineDate, d.DeadlineTime,
        d.TimeZone, d.DeadlineUtc, d.PeriodStart, d.Requirement, targetName);

    public static List<string> Lines(string? text) =>
        string.IsNullOrWhiteSpace(text) ? [] : [.. text.Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0)];
}
