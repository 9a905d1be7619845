using System.Globalization;
using System.Text.Json.Serialization;

namespace Vigil.Bench.InventoryLoad;

/// <summary>The machine-readable outcome of one measurement (one line of the final table).</summary>
internal sealed record LoadResult
{
    public required string Label { get; init; }

    public required string System { get; init; }

    public required string Protocol { get; init; }

    /// <summary>Part of every machine name of this measurement: bench-RUNID-NNNNNN, the first WarmUp of them untimed.</summary>
    public required string RunId { get; init; }

    public required int WarmUp { get; init; }

    /// <summary>How long the untimed warm-up ran, all its requests counted (first mode: the WarmUp machines).</summary>
    public required double WarmUpSeconds { get; init; }

    public required string Mode { get; init; }

    public required string Url { get; init; }

    public required int Concurrency { get; init; }

    public required int Machines { get; init; }

    public required bool Prolog { get; init; }

    /// <summary>Bytes on the wire of one inventory request body (compressed for OCS).</summary>
    public required int BodyBytes { get; init; }

    public required int Requests { get; init; }

    public required int Errors { get; init; }

    public required int WarmUpErrors { get; init; }

    /// <summary>Enrolment calls answered 5xx and retried before the measurement (set-up, not counted as errors).</summary>
    public required int SetupRetries { get; init; }

    public required double Seconds { get; init; }

    public required double PerSecond { get; init; }

    public required double P50Ms { get; init; }

    public required double P90Ms { get; init; }

    public required double P99Ms { get; init; }

    public required double MaxMs { get; init; }

    /// <summary>The load generator's own CPU time (all its threads) per timed request.</summary>
    public required double GeneratorCpuMsPerRequest { get; init; }

    /// <summary>First mode ran out of prepared machines before the duration was over.</summary>
    public required bool Exhausted { get; init; }

    /// <summary>What the server answered, counted: OCS &lt;RESPONSE&gt; words, agent receipt statuses.</summary>
    public required Dictionary<string, int> Statuses { get; init; }

    public required List<string> ErrorSamples { get; init; }

    /// <summary>Timed new machines found in the server's database afterwards (first mode; set by <c>verified</c>).</summary>
    public int? VerifiedStored { get; init; }

    /// <summary>Errors the server logged during the measurement while answering 2xx (set by <c>verified</c>).</summary>
    public int? ServerErrorsLogged { get; init; }

    /// <summary>Inventories per second that are known to be stored: checked in the database where it was checked.</summary>
    public double StoredPerSecond => VerifiedStored is { } n && Seconds > 0 ? Math.Round(Math.Min(n, Requests - Errors) / Seconds, 1) : PerSecond;

    public static string Header =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,7} {3,10} {4,9} {5,9} {6,9} {7,9}  {8}",
            "measurement", "requests", "errors", "inv/s", "p50 ms", "p90 ms", "p99 ms", "max ms", "answers");

    public string Row() =>
        string.Format(CultureInfo.InvariantCulture, "{0,-44} {1,9} {2,7} {3,10:F1} {4,9:F1} {5,9:F1} {6,9:F1} {7,9:F1}  {8}{9}",
            Label, Requests, Errors, PerSecond, P50Ms, P90Ms, P99Ms, MaxMs,
            string.Join(' ', Statuses.OrderBy(s => s.Key, StringComparer.Ordinal).Select(s => $"{s.Key}={s.Value}")),
            Exhausted ? " (pool used up)" : "");
}

[JsonSourceGenerationOptions(WriteIndented = true, PropertyNamingPolicy = JsonKnownNamingPolicy.CamelCase)]
[JsonSerializable(typeof(LoadResult))]
internal sealed partial class LoadResultJson : JsonSerializerContext;
