using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Inventory;

namespace Vigil.Server.Features.Compliance;

public sealed partial class ComplianceQuery
{
    public static readonly IReadOnlyList<string> Targets = ["windows11", "windows10", "none"];
    public static readonly IReadOnlyList<string> PartChoices = ["ram", "ssd", "both"];

    public Task<Result<ComplianceResultListDto>> ResultsAsync(Guid? unitId, bool subtree, string? ruleId, string? status, int page, CancellationToken ct) =>
        ResultsAsync(new ComplianceResultFilter { UnitId = unitId, IncludeSubtree = subtree, RuleId = ruleId, Status = status }, page, ct);

    /// <summary>The computers behind a number: current verdicts of computers in service, by hostname, 50 a page.</summary>
    public async Task<Result<ComplianceResultListDto>> ResultsAsync(ComplianceResultFilter filter, int page, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(filter);
        if (page < 1)
        {
            return Error.Validation("compliance.filter_invalid", "page must be 1 or more.", "page");
        }

        var units = await InventoryUnits.LoadAsync(db, ct);
        var filtered = FilterResults(units, filter);
        if (!filtered.IsSuccess)
        {
            return filtered.Error!;
        }

        var total = await filtered.Value!.CountAsync(ct);
        var items = await DescribeResultsAsync(filtered.Value!, units, (page - 1) * PageSize, PageSize, ct);
        return new ComplianceResultListDto(items, total, page, PageSize);
    }

    /// <summary>The verdicts a filter chooses, for a page of the list or its export; an unknown unit or bad value is an error.</summary>
    internal Result<IQueryable<ComplianceResult>> FilterResults(Dictionary<Guid, InventoryUnits.Info> units, ComplianceResultFilter filter)
    {
        var scope = ComplianceScope.UnitIds(units, filter.UnitId, filter.IncludeSubtree);
        if (!scope.IsSuccess)
        {
            return scope.Error!;
        }

        var q = db.ComplianceResults.AsNoTracking().Where(r => db.Computers.Any(c => c.Id == r.ComputerId && c.RetiredAt == null));
        if (scope.Value is { } ids)
        {
            q = q.Where(r => ids.Contains(r.UnitId));
        }

        if (!string.IsNullOrWhiteSpace(filter.RuleId))
        {
            var rule = filter.RuleId.Trim();
            q = q.Where(r => r.RuleId == rule);
        }

        if (!string.IsNullOrWhiteSpace(filter.Status))
        {
            if (ComplianceScope.ParseEnum<ComplianceStatus>(filter.Status) is not { } status)
            {
                return Error.Validation("compliance.filter_invalid", $"Unknown status '{filter.Status}' (Pass, Fail, Unknown, NotApplicable).", "status");
            }

            q = q.Where(r => r.Status == status);
        }

        if (!string.IsNullOrWhiteSpace(filter.Remediation))
        {
            if (ComplianceScope.ParseEnum<RemediationKind>(filter.Remediation) is not { } kind)
            {
                return Error.Validation("compliance.filter_invalid", $"Unknown remediation '{filter.Remediation}' ({string.Join(", ", Enum.GetNames<RemediationKind>())}).", "remediation");
            }

            q = q.Where(r => r.Remediation == kind);
        }

        if (!string.IsNullOrWhiteSpace(filter.Reason))
        {
            var reason = filter.Reason.Trim();
            q = q.Where(r => r.Reason == reason);
        }

        return Evidence(q, filter);
    }

    /// <summary>
    /// Triage evidence filters. Evidence is stored as a JSON array of {"name","value"} written by one serializer, so
    /// a fact is matched as its exact JSON text: the database does the work, whatever the size of the list.
    /// </summary>
    private Result<IQueryable<ComplianceResult>> Evidence(IQueryable<ComplianceResult> q, ComplianceResultFilter filter)
    {
        if (!string.IsNullOrWhiteSpace(filter.Target))
        {
            var target = filter.Target.Trim().ToLowerInvariant();
            if (!Targets.Contains(target))
            {
                return Error.Validation("compliance.filter_invalid", $"Unknown target '{filter.Target}' ({string.Join(", ", Targets)}).", "target");
            }

            var fact = TargetFact(target);
            q = q.Where(r => r.EvidenceJson.Contains(fact));
        }

        if (!string.IsNullOrWhiteSpace(filter.Parts))
        {
            var parts = filter.Parts.Trim().ToLowerInvariant();
            if (!PartChoices.Contains(parts))
            {
                return Error.Validation("compliance.filter_invalid", $"Unknown parts '{filter.Parts}' ({string.Join(", ", PartChoices)}).", "parts");
            }

            var ram = parts != "ssd";
            var ssd = parts != "ram";
            q = q.Where(r => r.EvidenceJson.Contains(AddRamFact) == ram && r.EvidenceJson.Contains(AddSsdFact) == ssd);
        }

#pragma warning disable CA1304, CA1311, CA1862 // ToUpper() here is SQL upper(), run by the database, not .NET culture code.
        if (!string.IsNullOrWhiteSpace(filter.Search))
        {
            var upper = filter.Search.Trim().ToUpperInvariant();
            q = q.Where(r => db.Computers.Any(c => c.Id == r.ComputerId && c.Hostname.ToUpper().Contains(upper)));
        }
#pragma warning restore CA1304, CA1311, CA1862

        return Result<IQueryable<ComplianceResult>>.Ok(q);
    }

    private const string AddRamFact = "\"name\":\"add_ram_to_gb\"";
    private const string AddSsdFact = "\"name\":\"add_ssd_gb\"";

    private static string TargetFact(string target) => "{\"name\":\"target\",\"value\":\"" + target + "\"}";

    /// <summary>One page of verdicts (by hostname) with their computer, unit and open remediation item.</summary>
    internal async Task<List<ComplianceResultRowDto>> DescribeResultsAsync(
        IQueryable<ComplianceResult> results, Dictionary<Guid, InventoryUnits.Info> units, int skip, int take, CancellationToken ct)
    {
        var rows = await (from r in results
                          join c in db.Computers.AsNoTracking() on r.ComputerId equals c.Id
                          orderby c.Hostname, r.ComputerId, r.RuleId
                          select new
                          {
                              r, c.Hostname, c.OsRelease, c.OsName,
                              OpenItem = db.RemediationItems.Where(i => i.ComputerId == r.ComputerId && i.RuleId == r.RuleId &&
                                  (i.Status == RemediationStatus.Planned || i.Status == RemediationStatus.InProgress || i.Status == RemediationStatus.Done))
                                  .Select(i => new { i.Id, i.Status }).FirstOrDefault(),
                          })
            .Skip(skip).Take(take).ToListAsync(ct);
        return rows.ConvertAll(x =>
        {
            var unit = units.GetValueOrDefault(x.r.UnitId) ?? InventoryUnits.Unknown(x.r.UnitId);
            return new ComplianceResultRowDto(x.r.ComputerId, x.Hostname, unit.Id, unit.Code, unit.Name, x.r.RuleId, x.r.Status.ToString(),
                x.r.Remediation.ToString(), x.r.Reason, ComplianceMapping.Evidence(x.r.EvidenceJson), x.r.DataObservedAt, x.r.Since, x.OpenItem?.Id,
                x.OsRelease, x.OsName, x.OpenItem?.Status.ToString());
        });
    }
}
