using Vigil.Domain.Organisation;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Cli;

/// <summary><c>vigil units check FILE.csv</c>: parse and plan an organisation import offline, as if the database were empty.</summary>
internal static class UnitsCheckCommand
{
    /// <summary>The same order of size the server accepts for an upload; a larger "CSV" is a mistake.</summary>
    public const long MaxFileBytes = 32L * 1024 * 1024;

    public static int Run(string file, TextWriter stdout, TextWriter stderr)
    {
        byte[] bytes;
        try
        {
            var info = new FileInfo(file);
            if (info.Exists && info.Length > MaxFileBytes)
            {
                stderr.WriteLine($"{file}: the file is larger than {MaxFileBytes / (1024 * 1024)} MiB.");
                return ExitCodes.InputInvalid;
            }

            bytes = File.ReadAllBytes(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{file}: cannot read the file: {e.Message}");
            return ExitCodes.InputInvalid;
        }

        var parsed = UnitCsvParser.Parse(bytes);
        var errors = parsed.Errors;
        UnitImportPlan? plan = null;
        if (parsed.IsValid)
        {
            plan = UnitImportPlan.Build(parsed.Rows, new Dictionary<string, OrgUnit>());
            errors = plan.Errors;
        }

        if (errors.Count > 0)
        {
            foreach (var error in errors)
            {
                stderr.WriteLine($"{file}:{error.Row}:{error.Column}: {error.Reason}");
            }

            return ExitCodes.InputInvalid;
        }

        stdout.WriteLine($"OK: {plan!.Steps.Count} units");
        return ExitCodes.Ok;
    }
}
