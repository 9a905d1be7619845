using System.Data.Common;

namespace Vigil.Storage;

/// <summary>
/// How Vigil runs PostgreSQL connections, unless the operator's connection string says otherwise. By default Npgsql
/// sends DISCARD ALL whenever a pooled connection is returned (a request returns one several times), which costs a
/// round trip each time and throws away prepared statements; Vigil keeps no session state (its only lock is
/// transaction-scoped), so the reset is skipped. Statements a connection runs repeatedly (the ingest's inserts,
/// the scope-filtered lookups) are then prepared once and re-executed without parsing and planning: in the inventory
/// benchmark the two together took about 40 % off PostgreSQL's CPU per first report (docs/performance.md).
/// Behind a transaction-mode pooler that cannot keep prepared statements, set <c>Max Auto Prepare=0</c>.
/// </summary>
public static class PostgresTuning
{
    public const int MaxAutoPrepare = 128;

    private static readonly string[] ResetKeys = ["No Reset On Close", "NoResetOnClose"];

    private static readonly string[] PrepareKeys = ["Max Auto Prepare", "MaxAutoPrepare"];

    // The options are configured for every context (every request), always with the same string: parse it once.
    private static Tuned? s_last;

    /// <summary>The connection string with Vigil's defaults added for settings it does not mention.</summary>
    public static string Tune(string connectionString)
    {
        ArgumentNullException.ThrowIfNull(connectionString);
        if (s_last is { } last && string.Equals(last.Given, connectionString, StringComparison.Ordinal))
        {
            return last.Result;
        }

        var result = Build(connectionString);
        s_last = new Tuned(connectionString, result);
        return result;
    }

    private static string Build(string connectionString)
    {
        // A plain builder holds only what was written, so "not mentioned" can be told from "set to the default".
        var given = new DbConnectionStringBuilder { ConnectionString = connectionString };
        var tuned = new DbConnectionStringBuilder { ConnectionString = connectionString };
        if (!Mentions(given, ResetKeys))
        {
            tuned["No Reset On Close"] = "true";
        }

        if (!Mentions(given, PrepareKeys))
        {
            tuned["Max Auto Prepare"] = MaxAutoPrepare.ToString(System.Globalization.CultureInfo.InvariantCulture);
        }

        return tuned.ConnectionString;
    }

    private sealed record Tuned(string Given, string Result);

    private static bool Mentions(DbConnectionStringBuilder given, string[] keys) =>
        given.Keys.Cast<string>().Any(k => keys.Any(key => string.Equals(k.Replace(" ", "", StringComparison.Ordinal), key.Replace(" ", "", StringComparison.Ordinal), StringComparison.OrdinalIgnoreCase)));
}
