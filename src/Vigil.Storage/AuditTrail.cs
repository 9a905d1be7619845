using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Auditing;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

/// <summary>Turns tracked changes into audit entries with before/after snapshots, secrets removed.</summary>
internal static class AuditTrail
{
    private const string Redacted = "***";

    // Never written to the audit log in clear: only the fact that they changed.
    private static readonly HashSet<string> s_secretFields =
        [nameof(UserAccount.PasswordHash), nameof(UserAccount.SecurityStamp), nameof(ApiToken.SecretHash), nameof(Agent.CredentialHash)];

    // Book-keeping that changes on every sign-in or API call; a change of only these is not worth an entry.
    private static readonly HashSet<string> s_noiseFields =
        [
            nameof(ApiToken.LastUsedAt), nameof(UserAccount.LastSignInAt), nameof(UserAccount.FailedSignIns),
            nameof(Agent.LastSeenAt), nameof(Agent.AgentVersion), nameof(AgentCommand.DeliveredAt),
        ];

    // Vietnamese names stay readable in the stored JSON; it is always shown HTML-encoded.
    private static readonly JsonSerializerOptions s_json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static List<AuditEntry> Describe(IEnumerable<EntityEntry> entries, AccessContext access, DateTime nowUtc)
    {
        var result = new List<AuditEntry>();
        foreach (var entry in entries)
        {
            // A receipt only records that a delivery was processed; the ingest it belongs to keeps its own history.
            if (VigilDbContext.IsInfrastructure(entry) || entry.Entity is AgentReceipt || IsObservation(entry, access))
            {
                continue;
            }

            if (entry.State == EntityState.Modified &&
                entry.Properties.Where(p => p.IsModified).All(p => s_noiseFields.Contains(p.Metadata.Name)))
            {
                continue;
            }

            result.Add(new AuditEntry
            {
                Id = Guid.CreateVersion7(),
                At = nowUtc,
                ActorId = access.ActorId,
                ActorName = access.ActorName,
                Action = entry.State switch
                {
                    EntityState.Added => "created",
                    EntityState.Deleted => "deleted",
                    _ => "updated",
                },
                EntityType = entry.Metadata.ClrType.Name,
                EntityId = KeyOf(entry),
                UnitId = UnitOf(entry.Entity),
                Before = entry.State == EntityState.Added ? null : Snapshot(entry, original: true),
                After = entry.State == EntityState.Deleted ? null : Snapshot(entry, original: false),
            });
        }

        return result;
    }

    // Reports from agents and OCS arrive hundreds per second and keep their own history (computer_changes); the
    // audit log records what people do, including the computers they import or edit.
    private static bool IsObservation(EntityEntry entry, AccessContext access) => entry.Entity switch
    {
        Domain.Inventory.ComputerSource or Domain.Inventory.ComputerIdentifier or Domain.Inventory.ComputerChange or Domain.Inventory.ComputerAddress => true,
        Domain.Inventory.UnassignedReport => access.ActorId is null,
        Domain.Assets.Computer or Domain.Inventory.ComputerConflict => access.ActorId is null,
        // Verdicts, their history and counts are recomputed from facts at any time; what people do about them
        // (remediation, ESU exceptions) is audited, what evaluation does to remediation keeps its own events.
        Domain.Compliance.ComplianceResult or Domain.Compliance.ComplianceChange or Domain.Compliance.ComplianceDailyCount => true,
        Domain.Compliance.RemediationItem or Domain.Compliance.RemediationEvent => access.ActorId is null,
        // Hunting writes logs, hits and counts on every line it reads; what people do with an alert (its status) is audited.
        Domain.Alerts.RetainedLog or Domain.Alerts.AlertHit => true,
        Domain.Alerts.Alert => entry.State != EntityState.Modified || !entry.Property(nameof(Domain.Alerts.Alert.Status)).IsModified,
        // A catalog import writes thousands of CVE rows and is audited as one event; findings are recomputed from facts.
        Domain.Vulnerabilities.Stored.StoredCve or Domain.Vulnerabilities.Stored.StoredKevEntry or Domain.Vulnerabilities.Stored.StoredBulletinRow => true,
        Domain.Vulnerabilities.Stored.VulnerabilityFinding or Domain.Vulnerabilities.Stored.VulnerabilityAssetState => true,
        _ => false,
    };

    private static string KeyOf(EntityEntry entry) =>
        string.Join('/', entry.Metadata.FindPrimaryKey()!.Properties.Select(p => Convert.ToString(entry.Property(p.Name).CurrentValue, CultureInfo.InvariantCulture)));

    private static Guid? UnitOf(object entity) => entity switch
    {
        OrgUnit unit => unit.Id,
        IUnitOwned owned => owned.UnitId,
        UserAccount user => user.Units.Count > 0 ? user.Units[0].UnitId : null,
        _ => null,
    };

    private static string Snapshot(EntityEntry entry, bool original)
    {
        var values = new SortedDictionary<string, object?>(StringComparer.Ordinal);
        foreach (var property in entry.Properties)
        {
            var name = property.Metadata.Name;
            var value = original ? property.OriginalValue : property.CurrentValue;
            values[name] = s_secretFields.Contains(name) ? Redacted : value switch
            {
                Enum e => e.ToString(),
                DateTime d => d.ToString("O", CultureInfo.InvariantCulture),
                // File contents (directive attachments) are kept once, in their table; the log records their size.
                byte[] bytes => $"({bytes.Length} bytes)",
                _ => value,
            };
        }

        return JsonSerializer.Serialize(values, s_json);
    }
}
