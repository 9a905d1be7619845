using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Compliance;
using Vigil.Server.Features.Inventory;
using Vigil.Server.Features.Remediation;
using Vigil.Storage;

namespace Vigil.Server.Features.Compliance;

/// <summary>
/// One computer's compliance for its page: each rule's verdict with evidence (stored for today, computed for any
/// other day), the verdict history, the ESU exception, retirement and remediation items.
/// </summary>
public sealed class ComputerComplianceQuery(VigilDbContext db, ComplianceEvaluator evaluator, RemediationQuery remediation, TimeProvider clock)
{
    public const int HistoryLimit = 200;

    public async Task<Result<ComputerComplianceDto>> GetAsync(Guid computerId, DateOnly? asOf, CancellationToken ct)
    {
        var computer = await db.Computers.AsNoTracking().FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        var policy = evaluator.Policy;
        var day = asOf ?? ComplianceDates.Today(clock);
        var stored = await db.ComplianceResults.AsNoTracking().Where(r => r.ComputerId == computerId).ToListAsync(ct);
        var order = policy.Rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i, StringComparer.Ordinal);
        var useStored = stored.Count > 0 && (asOf is null || computer.RetiredAt is not null || day == computer.ComplianceAsOf);
        var verdicts = useStored
            ? stored.OrderBy(r => order.GetValueOrDefault(r.RuleId, int.MaxValue)).Select(r => ComplianceMapping.ToDto(r, policy.Rule(r.RuleId))).ToList()
            : evaluator.Judge(computer, day).Select(v => ComplianceMapping.ToDto(v, policy.Rule(v.RuleId))).ToList();

        var history = await db.ComplianceChanges.AsNoTracking().Where(c => c.ComputerId == computerId)
            .OrderByDescending(c => c.At).ThenByDescending(c => c.Id).Take(HistoryLimit).ToListAsync(ct);
        var esu = await db.EsuExceptions.AsNoTracking().Where(e => e.ComputerId == computerId && e.RemovedAt == null)
            .OrderByDescending(e => e.RecordedAt).FirstOrDefaultAsync(ct);
        var items = await db.RemediationItems.AsNoTracking().Where(i => i.ComputerId == computerId).OrderByDescending(i => i.CreatedAt).ToListAsync(ct);
        var units = await InventoryUnits.LoadAsync(db, ct);
        return new ComputerComplianceDto(
            computer.Id, computer.Hostname, computer.UnitId, useStored ? computer.ComplianceAsOf ?? day : day, useStored,
            useStored ? computer.ComplianceFingerprint ?? policy.Fingerprint : policy.Fingerprint, computer.RetiredAt, computer.ReplacedBy,
            esu is null ? null : ComplianceMapping.ToDto(esu), verdicts, history.ConvertAll(ComplianceMapping.ToDto),
            await remediation.DescribeAsync(items, units, ct));
    }
}
