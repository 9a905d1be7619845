using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Indicators.Warnings;
using Vigil.Storage;

namespace Vigil.Server.Features.Indicators;

/// <summary>
/// Imports indicator files into a unit: a dry run shows the per-line report and the warnings of every value; a commit
/// stores them in one save (all or nothing), merging into the values the unit already has, with the overrides people
/// gave (each with a reason, recorded with their name).
/// </summary>
public sealed class IndicatorImportService(VigilDbContext db, TimeProvider clock, IOptions<IndicatorOptions> options, ILogger<IndicatorImportService> logger)
{
    private readonly IndicatorOptions _options = options.Value;

    public async Task<Result<ImportResultDto>> ImportAsync(
        Guid? unitId, IReadOnlyList<ImportUpload> files, string? source, IReadOnlyList<OverrideRequestDto> overrides, bool commit, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(files);
        ArgumentNullException.ThrowIfNull(overrides);
        var unit = await IndicatorAccess.UnitAsync(db, unitId, ct);
        if (!unit.IsSuccess)
        {
            return unit.Error!;
        }

        if (CheckFiles(files) is { } badFiles)
        {
            return badFiles;
        }

        var reports = files.Select(f => Parse(f, source)).ToList();
        var merged = IndicatorMerge.MergeAll(reports.SelectMany(r => r.Report.Indicators));
        var wanted = new Dictionary<(IndicatorType, string), string>();
        for (var i = 0; i < overrides.Count; i++)
        {
            var o = overrides[i];
            if (!IndicatorSafety.TryType(o.Type, out var type) || !merged.Any(m => m.Type == type && m.Value.Value == o.Value))
            {
                return Error.Validation("indicator.override_unknown", $"The files have no {o.Type} value '{o.Value}' to override.", $"overrides[{i}]");
            }

            if (IndicatorAccess.Reason(o.Reason, $"overrides[{i}].reason") is { } noReason)
            {
                return noReason;
            }

            wanted[(type, o.Value)] = o.Reason!.Trim();
        }

        var existing = await ExistingAsync(unit.Value, merged, ct);
        var priorOverrides = await PriorOverridesAsync(existing.Values.Select(r => r.Id).ToArray(), ct);
        var warningOptions = _options.WarningList();
        var values = new List<ImportValueDto>(merged.Count);
        var plan = new List<(Indicator Indicator, IReadOnlyList<Warning> Warnings, StoredIndicator? Row, string? Override)>(merged.Count);
        foreach (var indicator in merged)
        {
            existing.TryGetValue((indicator.Type, indicator.Value.Value), out var row);
            var combined = row is null ? indicator : IndicatorMerge.Merge(row.ToIndicator(), indicator);
            var warnings = WarningList.Check(combined.Value, warningOptions);
            combined = IndicatorSafety.Pinned(combined, warnings);
            wanted.TryGetValue((indicator.Type, indicator.Value.Value), out var reason);
            if (reason is not null && warnings.Any(w => !w.Overridable))
            {
                return Error.Validation("indicator.kill_switch", $"{indicator.Value.Value} must keep resolving (a kill switch): it can never be overridden into a block.", "overrides");
            }

            if (reason is not null && warnings.Count == 0)
            {
                return Error.Validation("indicator.override_not_needed", $"{indicator.Value.Value} raises no warning: there is nothing to override.", "overrides");
            }

            var covered = row is not null && priorOverrides.TryGetValue(row.Id, out var prior) ? prior : new HashSet<string>(StringComparer.Ordinal);
            var overridden = reason is not null || (warnings.Count > 0 && warnings.All(w => !w.Overridable || covered.Contains(w.Code)));
            values.Add(new ImportValueDto(indicator.Type.ToString(), indicator.Value.Value, combined.Action.ToString(), row is not null, row?.RevokedAt is not null,
                IndicatorSafety.ToDto(warnings), overridden && warnings.Any(w => w.Overridable)));
            plan.Add((combined, warnings, row, reason));
        }

        var lines = reports.SelectMany(r => r.Report.Entries).Select(ToDto).ToList();
        var fileDtos = reports.Select(r => new ImportFileDto(r.Report.File, r.Format.ToString(), r.Report.ImportedCount, r.Report.SkippedCount, r.Report.RejectedCount)).ToList();
        var flagged = values.Count(v => v.Warnings.Any(w => w.Overridable) && !v.Overridden);
        var created = plan.Count(p => p.Row is null);
        var result = new ImportResultDto(unit.Value, commit, null, fileDtos, fileDtos.Sum(f => f.Imported), fileDtos.Sum(f => f.Skipped), fileDtos.Sum(f => f.Rejected),
            created, plan.Count - created, flagged, values, lines);
        if (!commit)
        {
            return result;
        }

        var batch = Store(unit.Value, reports, result, plan, priorOverrides);
        await db.SaveChangesAsync(ct);
        Log.IndicatorsImported(logger, batch.Id, unit.Value, batch.Created, batch.Merged, batch.Rejected, wanted.Count);
        return result with { BatchId = batch.Id };
    }

    private Error? CheckFiles(IReadOnlyList<ImportUpload> files)
    {
        if (files.Count == 0)
        {
            return Error.Validation("indicator.import_no_file", "Send at least one file.", "files");
        }

        if (files.Count > _options.MaxFiles)
        {
            return Error.Validation("indicator.import_too_many_files", $"At most {_options.MaxFiles} files per import.", "files");
        }

        return files.FirstOrDefault(f => f.Content.LongLength > _options.MaxFileBytes) is { } big
            ? Error.Validation("indicator.import_size", $"{big.FileName}: larger than {_options.MaxFileBytes} bytes.", big.FileName)
            : null;
    }

    private (IndicatorFormat Format, ImportReport Report) Parse(ImportUpload file, string? source)
    {
        var format = IndicatorImport.Detect(file.FileName, file.Content);
        var importOptions = new IndicatorImportOptions
        {
            Source = string.IsNullOrWhiteSpace(source) ? file.FileName : source.Trim(),
            MaxBytes = _options.MaxFileBytes,
        };
        return (format, IndicatorImport.Parse(format, file.Content, file.FileName, importOptions));
    }

    private IndicatorImportBatch Store(
        Guid unitId, List<(IndicatorFormat Format, ImportReport Report)> reports, ImportResultDto result,
        List<(Indicator Indicator, IReadOnlyList<Warning> Warnings, StoredIndicator? Row, string? Override)> plan, Dictionary<Guid, HashSet<string>> priorOverrides)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var batch = new IndicatorImportBatch
        {
            Id = Guid.CreateVersion7(), UnitId = unitId,
            FileNames = StoredIndicator.Join(reports.Select(r => r.Report.File)),
            Formats = StoredIndicator.Join(reports.Select(r => r.Format.ToString())),
            Imported = result.Imported, Skipped = result.Skipped, Rejected = result.Rejected, Created = result.Created, Merged = result.Merged,
            ReportJson = JsonSerializer.Serialize(result.Lines, VigilJsonContext.Default.ListImportLineDto),
            CreatedAt = now, CreatedBy = db.Access.ActorName,
        };
        db.IndicatorImportBatches.Add(batch);
        foreach (var (indicator, warnings, existing, reason) in plan)
        {
            var row = existing ?? new StoredIndicator { Id = Guid.CreateVersion7(), UnitId = unitId, CreatedAt = now, CreatedBy = db.Access.ActorName };
            if (existing is null)
            {
                db.Indicators.Add(row);
            }

            row.Apply(indicator);
            var covered = existing is not null && priorOverrides.TryGetValue(existing.Id, out var prior) ? prior : new HashSet<string>(StringComparer.Ordinal);
            if (reason is not null)
            {
                var codes = warnings.Where(w => w.Overridable).Select(w => w.Code).ToList();
                covered.UnionWith(codes);
                db.IndicatorOverrides.Add(new IndicatorOverride
                {
                    Id = Guid.CreateVersion7(), IndicatorId = row.Id, UnitId = unitId, Codes = StoredIndicator.Join(codes), Reason = reason,
                    OverriddenById = db.Access.ActorId, OverriddenBy = db.Access.ActorName, OverriddenAt = now,
                });
            }

            IndicatorSafety.Apply(row, warnings, covered);
            row.LastBatchId = batch.Id;
            row.UpdatedAt = now;
        }

        return batch;
    }

    private async Task<Dictionary<(IndicatorType, string), StoredIndicator>> ExistingAsync(Guid unitId, IReadOnlyList<Indicator> indicators, CancellationToken ct)
    {
        var found = new Dictionary<(IndicatorType, string), StoredIndicator>();
        foreach (var chunk in indicators.Select(i => i.Value.Value).Distinct(StringComparer.Ordinal).Chunk(500))
        {
            var rows = await db.Indicators.Where(i => i.UnitId == unitId && chunk.Contains(i.Value)).ToListAsync(ct);
            foreach (var row in rows)
            {
                found[(row.Type, row.Value)] = row;
            }
        }

        return found;
    }

    private async Task<Dictionary<Guid, HashSet<string>>> PriorOverridesAsync(Guid[] rowIds, CancellationToken ct)
    {
        var result = new Dictionary<Guid, HashSet<string>>();
        foreach (var chunk in rowIds.Chunk(500))
        {
            var rows = await db.IndicatorOverrides.AsNoTracking().Where(o => chunk.Contains(o.IndicatorId)).Select(o => new { o.IndicatorId, o.Codes }).ToListAsync(ct);
            foreach (var row in rows)
            {
                if (!result.TryGetValue(row.IndicatorId, out var codes))
                {
                    result[row.IndicatorId] = codes = new HashSet<string>(StringComparer.Ordinal);
                }

                codes.UnionWith(StoredIndicator.Split(row.Codes));
            }
        }

        return result;
    }

    internal static ImportLineDto ToDto(ImportEntry e) =>
        new(e.Location.File, e.Location.Line, e.Location.Path, e.Outcome.ToString(), e.Code, e.Reason, e.Raw, e.Value?.Type.ToString(), e.Value?.Value);
}
