using Vigil.Domain.Directives;

namespace Vigil.Domain.Tests.Directives;

public sealed class FigureRulesTests
{
    private static readonly IReadOnlyList<FigureDefinition> s_figures =
    [
        new("xp7-computers", FigureKind.ComputersOnOs, "Máy XP/7", "XP/7 computers", ["Windows XP", "Windows 7"], true, true, [], null),
        FigureDefinition.ManualFigure("hits-found", "Số dấu hiệu", "Hits found"),
    ];

    private static readonly Dictionary<string, long> s_measured = new() { ["xp7-computers"] = 12 };

    [Fact]
    public void NoEntries_TakesTheMeasurement_ForADraft()
    {
        var values = FigureRules.Combine(s_figures, s_measured, [], forSubmission: false).Value!;

        Assert.Equal(new FigureValue("xp7-computers", 12, null, null), values[0]);
        Assert.Equal(new FigureValue("hits-found", null, null, null), values[1]);
        Assert.Equal(12, values[0].Value);
    }

    [Fact]
    public void Override_WithoutJustification_IsRefused()
    {
        var result = FigureRules.Combine(s_figures, s_measured, [new("xp7-computers", 14, " ")], forSubmission: false);

        Assert.Equal("report.justification_required", result.Error!.Code);
        Assert.Equal("figures.xp7-computers", result.Error.Location);
    }

    [Fact]
    public void Override_WithJustification_KeepsBothValues()
    {
        var values = FigureRules.Combine(s_figures, s_measured, [new("xp7-computers", 14, "Hai máy ở kho chưa kiểm kê")], forSubmission: false).Value!;

        Assert.Equal(new FigureValue("xp7-computers", 12, 14, "Hai máy ở kho chưa kiểm kê"), values[0]);
        Assert.True(values[0].IsOverride);
        Assert.Equal(14, values[0].Value);
    }

    [Fact]
    public void ReportedEqualToMeasured_IsNoOverride()
    {
        var values = FigureRules.Combine(s_figures, s_measured, [new("xp7-computers", 12, null)], forSubmission: false).Value!;

        Assert.False(values[0].IsOverride);
        Assert.Null(values[0].Reported);
    }

    [Fact]
    public void ManualFigure_NeedsValueAndJustification_ToSubmit()
    {
        Assert.Equal("report.manual_missing", FigureRules.Combine(s_figures, s_measured, [], forSubmission: true).Error!.Code);
        Assert.Equal("report.justification_required", FigureRules.Combine(s_figures, s_measured, [new("hits-found", 3, null)], forSubmission: true).Error!.Code);
        var values = FigureRules.Combine(s_figures, s_measured, [new("hits-found", 3, "Nhật ký tường lửa 20/5")], forSubmission: true).Value!;
        Assert.Equal(new FigureValue("hits-found", null, 3, "Nhật ký tường lửa 20/5"), values[1]);
    }

    [Theory]
    [InlineData("nope", 1, "report.figure_unknown")]
    [InlineData("xp7-computers", -1, "report.figure_negative")]
    public void BadEntries_AreRefused(string key, long value, string code)
    {
        Assert.Equal(code, FigureRules.Combine(s_figures, s_measured, [new(key, value, "a long enough reason")], forSubmission: false).Error!.Code);
    }

    [Fact]
    public void SameFigureTwice_IsRefused()
    {
        var result = FigureRules.Combine(s_figures, s_measured, [new("hits-found", 1, "reason one"), new("hits-found", 2, "reason two")], forSubmission: false);

        Assert.Equal("report.figure_twice", result.Error!.Code);
    }
}
