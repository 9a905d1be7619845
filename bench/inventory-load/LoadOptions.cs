using System.Globalization;

namespace Vigil.Bench.InventoryLoad;

internal enum Protocol
{
    Ocs,
    Agent,
}

internal enum LoadMode
{
    /// <summary>Every request is a machine the server has never seen.</summary>
    First,

    /// <summary>A fixed pool of machines re-reporting identical inventories (warmed up first).</summary>
    Repeat,
}

/// <summary>Command-line settings of one measurement.</summary>
internal sealed record LoadOptions
{
    /// <summary>OCS: the full /ocsinventory address. Agent: the server's base address.</summary>
    public required Uri Url { get; init; }

    public required Protocol Protocol { get; init; }

    public required string PayloadPath { get; init; }

    public required LoadMode Mode { get; init; }

    public int Concurrency { get; init; } = 32;

    /// <summary>Length of the timed phase; ends earlier when <see cref="Count"/> requests are done.</summary>
    public TimeSpan Duration { get; init; } = TimeSpan.FromSeconds(15);

    public int? Count { get; init; }

    /// <summary>
    /// How long the untimed warm-up lasts at least. A freshly started .NET server runs its first seconds of full load
    /// in unoptimised code while the JIT recompiles the hot methods (docs/performance.md); zero keeps only the
    /// minimum warm-up of a few requests per client.
    /// </summary>
    public TimeSpan WarmUp { get; init; }

    /// <summary>First: how many distinct new machines are prepared (the run stops when they are used up). Repeat: the pool.</summary>
    public int Machines { get; init; } = 200;

    /// <summary>OCS TAG (the unit code the server files new machines under).</summary>
    public string Tag { get; init; } = "BENCH";

    /// <summary>OCS: send the PROLOG before every INVENTORY, as the agent does on each run; both count as one inventory.</summary>
    public bool Prolog { get; init; }

    /// <summary>Agent: an administrator's API token, to create one enrolment token per simulated agent.</summary>
    public string? ApiToken { get; init; }

    public Guid? UnitId { get; init; }

    /// <summary>Makes machine identities unique per run, so "first" stays first against a database reused across runs.</summary>
    public string RunId { get; init; } = Guid.NewGuid().ToString("N")[..6];

    public string? Label { get; init; }

    /// <summary>What is measured, e.g. vigil-sqlite or ocs-server: the report compares systems by this name.</summary>
    public string System { get; init; } = "server";

    public string? JsonPath { get; init; }

    public const string Usage = """
        inventory-load --url URL --protocol ocs|agent --payload FILE --mode first|repeat [options]
          --url URL            ocs: the /ocsinventory address; agent: the server's base address
          --concurrency N      clients sending at once (default 32)
          --duration SECONDS   length of the timed phase (default 15)
          --count N            stop after N timed requests
          --warm-up SECONDS    untimed load before the timed phase, at least this long (default 0: only
                               2 requests per client); first mode spends at most half of its machines on it
          --machines N         first: distinct new machines prepared for warm-up and timed phase (the
                               run stops when they are used up); repeat: machines in the re-reporting
                               pool (default 200)
          --tag CODE           OCS TAG written into every inventory (default BENCH)
          --prolog             ocs: send PROLOG then INVENTORY per machine contact (timed together)
          --api-token TOKEN    agent: administrator API token used to create enrolment tokens
          --unit-id GUID       agent: the unit the simulated agents enrol in
          --run-id TEXT        part of every generated identity (default random)
          --system NAME        the system measured, e.g. vigil-sqlite or ocs-server (default server)
          --label TEXT         name of the measurement in the output
          --json FILE          also write the result as JSON
        inventory-load report RESULT.json...
          one table of several results, with ratios to the peer and of repeat to first
        inventory-load verified RESULT.json [--stored N] [--server-errors N]
          records what the server's database and log showed after the measurement
        Exit code 1 when any request failed (non-2xx or a malformed answer).
        """;

    public static LoadOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        var flags = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i++)
        {
            var name = args[i];
            if (!name.StartsWith("--", StringComparison.Ordinal))
            {
                throw new ArgumentException($"Unexpected argument '{name}'.");
            }

            if (name == "--prolog")
            {
                flags.Add(name);
                continue;
            }

            if (i + 1 >= args.Count)
            {
                throw new ArgumentException($"{name} needs a value.");
            }

            values[name] = args[++i];
        }

        string Required(string name) => values.TryGetValue(name, out var v) ? v : throw new ArgumentException($"{name} is required.");
        int? Int(string name) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : null;

        var protocol = Required("--protocol") switch
        {
            "ocs" => Protocol.Ocs,
            "agent" => Protocol.Agent,
            var other => throw new ArgumentException($"Unknown protocol '{other}' (ocs or agent)."),
        };
        var mode = Required("--mode") switch
        {
            "first" => LoadMode.First,
            "repeat" => LoadMode.Repeat,
            var other => throw new ArgumentException($"Unknown mode '{other}' (first or repeat)."),
        };
        var options = new LoadOptions
        {
            Url = new Uri(Required("--url")),
            Protocol = protocol,
            PayloadPath = Required("--payload"),
            Mode = mode,
            Concurrency = Int("--concurrency") ?? 32,
            Duration = TimeSpan.FromSeconds(Int("--duration") ?? 15),
            Count = Int("--count"),
            WarmUp = TimeSpan.FromSeconds(Int("--warm-up") ?? 0),
            Machines = Int("--machines") ?? 200,
            Tag = values.GetValueOrDefault("--tag", "BENCH"),
            Prolog = flags.Contains("--prolog"),
            ApiToken = values.GetValueOrDefault("--api-token"),
            UnitId = values.TryGetValue("--unit-id", out var unit) ? Guid.Parse(unit, CultureInfo.InvariantCulture) : null,
            RunId = values.GetValueOrDefault("--run-id") ?? Guid.NewGuid().ToString("N")[..6],
            Label = values.GetValueOrDefault("--label"),
            System = values.GetValueOrDefault("--system", "server"),
            JsonPath = values.GetValueOrDefault("--json"),
        };
        if (options.Protocol == Protocol.Agent && (options.ApiToken is null || options.UnitId is null))
        {
            throw new ArgumentException("The agent protocol needs --api-token and --unit-id to enrol its simulated agents.");
        }

        if (options.Concurrency < 1 || options.Machines < 1 || options.WarmUp < TimeSpan.Zero)
        {
            throw new ArgumentException("--concurrency and --machines must be at least 1, --warm-up at least 0.");
        }

        return options;
    }
}
