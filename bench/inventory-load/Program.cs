using System.Text.Json;
using Vigil.Bench.InventoryLoad;

if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
{
    Console.WriteLine(LoadOptions.Usage);
    return args.Length == 0 ? 2 : 0;
}

try
{
    if (args[0] == "report")
    {
        return Report.Run(args[1..]);
    }

    if (args[0] == "verified")
    {
        return Report.Verified(args[1..]);
    }

    var options = LoadOptions.Parse(args);
    using var cancel = new CancellationTokenSource();
    Console.CancelKeyPress += (_, e) =>
    {
        e.Cancel = true;
        cancel.Cancel();
    };
    var result = await Measurement.RunAsync(options, cancel.Token);
    Console.WriteLine(LoadResult.Header);
    Console.WriteLine(result.Row());
    if (options.JsonPath is { } json)
    {
        await File.WriteAllTextAsync(json, JsonSerializer.Serialize(result, LoadResultJson.Default.LoadResult));
    }

    if (result.Errors + result.WarmUpErrors > 0)
    {
        Console.Error.WriteLine($"inventory-load: FAILED: {result.Errors} of {result.Requests} timed requests and {result.WarmUpErrors} in the warm-up failed; first answers:");
        foreach (var sample in result.ErrorSamples)
        {
            Console.Error.WriteLine("  " + sample);
        }

        return 1;
    }

    return 0;
}
catch (ArgumentException e)
{
    Console.Error.WriteLine("inventory-load: " + e.Message);
    Console.Error.WriteLine(LoadOptions.Usage);
    return 2;
}
