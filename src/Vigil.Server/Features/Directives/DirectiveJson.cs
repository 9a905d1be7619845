using System.Text.Json;
using Vigil.Domain.Directives;

namespace Vigil.Server.Features.Directives;

/// <summary>The JSON stored in directive and report rows: figure definitions, a draft's entries, a version's frozen values.</summary>
internal static class DirectiveJson
{
    public static string Figures(IReadOnlyList<FigureDefinition> figures) => JsonSerializer.Serialize([.. figures], DirectiveJsonContext.Default.ListFigureDefinition);

    public static List<FigureDefinition> Figures(string json) => JsonSerializer.Deserialize(json, DirectiveJsonContext.Default.ListFigureDefinition) ?? [];

    public static string Entries(IReadOnlyList<FigureEntry> entries) => JsonSerializer.Serialize([.. entries], DirectiveJsonContext.Default.ListFigureEntry);

    public static List<FigureEntry> Entries(string json) => JsonSerializer.Deserialize(json, DirectiveJsonContext.Default.ListFigureEntry) ?? [];

    public static string Values(IReadOnlyList<FigureValue> values) => JsonSerializer.Serialize([.. values], DirectiveJsonContext.Default.ListFigureValue);

    public static List<FigureValue> Values(string json) => JsonSerializer.Deserialize(json, DirectiveJsonContext.Default.ListFigureValue) ?? [];
}
