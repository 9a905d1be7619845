using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Export;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Warnings;

namespace Vigil.Cli;

/// <summary>
/// <c>vigil ioc export --format FORMAT [options] FILE…</c>: imports every file (any format the import detects; a
/// directory with manifest.json is a MISP feed), merges the values, applies the warninglist (flagged values are left
/// out unless --force-flagged; kill-switch domains become alert-only and can never be forced into a block), writes
/// the target's files and reports on stderr what was imported, flagged and written. Offline: nothing is sent anywhere.
/// </summary>
internal static class IocExportCommand
{
    private const int MaxListedProblems = 20;

    public static int Run(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, TimeProvider time)
    {
        var arguments = IocExportArguments.Parse(args);
        if (arguments.Error is not null)
        {
            stderr.WriteLine($"vigil ioc export: {arguments.Error}");
            stderr.WriteLine(CliApplication.Usage);
            return ExitCodes.Usage;
        }

        var reports = new List<ImportReport>();
        foreach (var file in arguments.Files)
        {
            var report = Import(file, stderr);
            if (report is null)
            {
                // An export that silently missed a file would look complete; stop instead.
                return ExitCodes.InputInvalid;
            }

            reports.Add(report);
            Summarise(report, stderr);
        }

        var indicators = ApplyWarnings(IndicatorMerge.MergeAll(reports.SelectMany(r => r.Indicators)), arguments, stderr);
        var options = new IndicatorExportOptions
        {
            Now = time.GetUtcNow(),
            Name = arguments.Name ?? "vigil",
            IncludeAlertOnlyInLists = arguments.IncludeAlertOnly,
            IpsMode = arguments.IpsMode,
        };
        var files = IndicatorExport.Export(arguments.Format, indicators, options);
        return Write(files, arguments, stdout, stderr);
    }

    public static int Formats(TextWriter stdout)
    {
        foreach (var (name, _, description) in IndicatorExportFormats.All)
        {
            stdout.WriteLine($"{name,-18} {description}");
        }

        return ExitCodes.Ok;
    }

    private static ImportReport? Import(string path, TextWriter stderr)
    {
        try
        {
            if (Directory.Exists(path))
            {
                if (!MispFeedDirectory.Is(path))
                {
                    stderr.WriteLine($"{path}: a directory is read as a MISP feed and needs manifest.json");
                    return null;
                }

                return MispFeedDirectory.Read(path);
            }

            var length = new FileInfo(path).Length;
            if (length > IndicatorImportOptions.DefaultMaxBytes)
            {
                stderr.WriteLine($"{path}: the file has {length:N0} bytes, more than the import limit of {IndicatorImportOptions.DefaultMaxBytes:N0}");
                return null;
            }

            var content = File.ReadAllBytes(path);
            var name = Path.GetFileName(path);
            return IndicatorImport.Parse(IndicatorImport.Detect(name, content), content, name);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"{path}: cannot read: {e.Message}");
            return null;
        }
    }

    private static void Summarise(ImportReport report, TextWriter stderr)
    {
        stderr.WriteLine($"{report.File}: {report.ImportedCount} imported, {report.SkippedCount} skipped, {report.RejectedCount} rejected");
        foreach (var entry in report.Rejected.Take(MaxListedProblems))
        {
            stderr.WriteLine($"  {entry.Location}: {entry.Code}: {entry.Reason}");
        }

        if (report.RejectedCount > MaxListedProblems)
        {
            stderr.WriteLine($"  … and {report.RejectedCount - MaxListedProblems} more rejected");
        }
    }

    private static List<Indicator> ApplyWarnings(IReadOnlyList<Indicator> indicators, IocExportArguments arguments, TextWriter stderr)
    {
        var options = new WarningListOptions { OwnNetworks = arguments.OwnNetworks, OwnDomains = arguments.OwnDomains };
        var kept = new List<Indicator>(indicators.Count);
        var (alertOnly, forced, leftOut) = (0, 0, 0);
        foreach (var indicator in indicators)
        {
            var warnings = WarningList.Check(indicator, options);
            if (warnings.Count == 0)
            {
                kept.Add(indicator);
            }
            else if (warnings.Any(w => !w.Overridable))
            {
                // A kill switch stays visible to IDS as an alert and never reaches a block list.
                kept.Add(indicator with { Action = IndicatorAction.AlertOnly, AlertOnlyPinned = true });
                alertOnly++;
                stderr.WriteLine($"  alert-only {indicator.Value.Value}: {string.Join("; ", warnings.Select(w => w.Reason))}");
            }
            else if (arguments.ForceFlagged)
            {
                kept.Add(indicator);
                forced++;
                stderr.WriteLine($"  forced {indicator.Value.Value}: {string.Join("; ", warnings.Select(w => w.Reason))}");
            }
            else
            {
                leftOut++;
                stderr.WriteLine($"  flagged, left out {indicator.Value.Value}: {string.Join("; ", warnings.Select(w => $"{w.Code}: {w.Reason}"))}");
            }
        }

        stderr.WriteLine($"{indicators.Count} distinct indicator(s); flagged: {leftOut} left out, {forced} forced, {alertOnly} made alert-only");
        return kept;
    }

    private static int Write(IReadOnlyList<ExportFile> files, IocExportArguments arguments, TextWriter stdout, TextWriter stderr)
    {
        var format = IndicatorExportFormats.Name(arguments.Format);
        if (arguments.OutDirectory is null && files.Count > 1)
        {
            stderr.WriteLine($"vigil ioc export: {format} writes {files.Count} files ({string.Join(", ", files.Select(f => f.Name))}); give --out DIR");
            return ExitCodes.Usage;
        }

        try
        {
            if (arguments.OutDirectory is { } directory)
            {
                Directory.CreateDirectory(directory);
            }

            foreach (var file in files)
            {
                var target = arguments.OutDirectory is { } dir ? Path.Combine(dir, file.Name) : arguments.OutFile;
                if (target is null)
                {
                    stdout.Write(file.Content);
                }
                else
                {
                    File.WriteAllText(target, file.Content);
                }

                stderr.WriteLine($"{format}: wrote {target ?? "standard output"}: {file.Entries} entries, {file.NotApplicable} not applicable, {file.AlertOnlyWithheld} alert-only withheld");
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            stderr.WriteLine($"vigil ioc export: cannot write: {e.Message}");
            return ExitCodes.InputInvalid;
        }

        return ExitCodes.Ok;
    }
}
