using Npgsql;

namespace Vigil.Storage;

internal static partial class AddedRowWriter
{
    /// <remarks>
    /// On PostgreSQL the rows go through COPY in binary form: no statement of thousands of parameters for the server to
    /// parse and plan, and no parameters for Npgsql to build and bind. Each value is converted as EF Core would convert
    /// it for a parameter and written as the column's own type, so a value of another type fails instead of being
    /// stored differently.
    /// </remarks>
    private static async Task CopyAsync(NpgsqlConnection connection, TablePlan plan, List<object?[]> rows, CancellationToken ct)
    {
        await using var importer = await connection.BeginBinaryImportAsync(plan.Copy, ct);
        foreach (var values in rows)
        {
            await importer.StartRowAsync(ct);
            for (var c = 0; c < plan.Columns.Length; c++)
            {
                var converter = plan.Columns[c].Mapping.Converter;
                var value = values[c] is { } v && converter is not null ? converter.ConvertToProvider(v) : values[c];
                if (value is null)
                {
                    await importer.WriteNullAsync(ct);
                }
                else
                {
                    await importer.WriteAsync(value, plan.StoreTypes[c], ct);
                }
            }
        }

        await importer.CompleteAsync(ct);
    }
}
