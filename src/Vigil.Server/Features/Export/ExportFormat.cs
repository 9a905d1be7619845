using Vigil.Domain.Common;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Export;

/// <summary>The <c>format</c> parameter of the list endpoints: JSON (the default) or <c>xlsx</c>.</summary>
internal static class ExportFormat
{
    public const string Xlsx = "xlsx";

    public static Result<bool> WantsXlsx(string? format) => format?.Trim().ToLowerInvariant() switch
    {
        null or "" or "json" => false,
        Xlsx => true,
        _ => Error.Validation("export.format_invalid", $"Unknown format '{format}' (json, xlsx).", "format"),
    };

    /// <summary>Answers a list request: the export as a file, or the page as JSON.</summary>
    public static async Task<IResult> RespondAsync<T>(string? format, Func<Task<Result<ExportFile>>> export, Func<Task<Result<T>>> list)
    {
        ArgumentNullException.ThrowIfNull(export);
        ArgumentNullException.ThrowIfNull(list);
        var xlsx = WantsXlsx(format);
        if (!xlsx.IsSuccess)
        {
            return xlsx.Error!.ToProblem();
        }

        if (!xlsx.Value)
        {
            return (await list()).ToHttp();
        }

        var file = await export();
        return file.IsSuccess ? file.Value!.ToResult() : file.Error!.ToProblem();
    }
}
