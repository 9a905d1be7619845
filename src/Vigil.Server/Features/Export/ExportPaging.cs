using System.Runtime.CompilerServices;
using Vigil.Domain.Common;

namespace Vigil.Server.Features.Export;

/// <summary>Reads a list for export a batch at a time, in the list's own order, so no export holds the whole list.</summary>
internal static class ExportPaging
{
    public const int BatchSize = 1000;

    public static async IAsyncEnumerable<T> Batches<T>(Func<int, int, CancellationToken, Task<List<T>>> batch, [EnumeratorCancellation] CancellationToken ct)
    {
        for (var skip = 0; ; skip += BatchSize)
        {
            var rows = await batch(skip, BatchSize, ct);
            foreach (var row in rows)
            {
                yield return row;
            }

            if (rows.Count < BatchSize)
            {
                yield break;
            }
        }
    }

    /// <summary>An export may not exceed a sheet's rows; the person narrows the filter instead.</summary>
    public static Error? CheckCount(int count) =>
        count > XlsxWriter.MaxRows
            ? Error.Validation("export.too_many_rows", $"{count} rows match; a spreadsheet holds at most {XlsxWriter.MaxRows}. Narrow the filter.", "format")
            : null;

    /// <summary>"kiem-ke-20250523.xlsx": the list's name and the local day of the export.</summary>
    public static string FileName(string stem, DateOnly today) =>
        stem + "-" + today.ToString("yyyyMMdd", System.Globalization.CultureInfo.InvariantCulture) + ".xlsx";

    public static TimeZoneInfo Zone(string? timeZone) =>
        TimeZoneInfo.TryFindSystemTimeZoneById(timeZone ?? Domain.Organisation.UnitTree.DefaultTimeZone, out var zone) ? zone : TimeZoneInfo.Utc;
}
