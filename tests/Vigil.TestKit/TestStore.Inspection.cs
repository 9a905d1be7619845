using System.Globalization;
using System.Text;
using Vigil.Storage;

namespace Vigil.TestKit;

public sealed partial class TestStore
{
    /// <summary>The tables of the database (schema_versions included), sorted.</summary>
    public async Task<IReadOnlyList<string>> TablesAsync() =>
        await ListAsync(Provider == StorageProvider.Sqlite
            ? "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name"
            : "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' ORDER BY table_name");

    /// <summary>The column names of <paramref name="table"/> as the database has them.</summary>
    public async Task<IReadOnlyList<string>> ColumnsAsync(string table) =>
        await ListAsync(Provider == StorageProvider.Sqlite
            ? $"SELECT name FROM pragma_table_info('{table}') ORDER BY cid"
            : $"SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' ORDER BY ordinal_position");

    /// <summary>Every row of every table as text, in a stable order: compare two snapshots to prove nothing changed.</summary>
    public async Task<string> SnapshotAsync()
    {
        var text = new StringBuilder();
        await using var connection = await OpenConnectionAsync();
        foreach (var table in await TablesAsync())
        {
            var columns = await ColumnsAsync(table);
            await using var command = connection.CreateCommand();
            command.CommandText = $"SELECT * FROM {table} ORDER BY {string.Join(", ", Enumerable.Range(1, columns.Count))}";
            await using var reader = await command.ExecuteReaderAsync();
            text.Append("## ").AppendLine(table);
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    text.Append(Convert.ToString(reader.GetValue(i), CultureInfo.InvariantCulture)).Append('|');
                }

                text.AppendLine();
            }
        }

        return text.ToString();
    }

    private async Task<List<string>> ListAsync(string sql)
    {
        var list = new List<string>();
        await using var connection = await OpenConnectionAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            list.Add(reader.GetString(0));
        }

        return list;
    }
}
