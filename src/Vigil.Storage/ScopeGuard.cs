using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Vigil.Domain.Access;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

/// <summary>
/// The write half of the scope filter: before any save, every added, changed or deleted row must lie in units the
/// caller may change. Reads are limited by query filters; together they are the only authorization on data.
/// </summary>
internal sealed class ScopeGuard(VigilDbContext db)
{
    // A person may change these fields of their own account whatever their scope (password change, language).
    private static readonly HashSet<string> s_selfServiceFields =
    [
        nameof(UserAccount.PasswordHash), nameof(UserAccount.SecurityStamp), nameof(UserAccount.MustChangePassword),
        nameof(UserAccount.Language), nameof(UserAccount.DisplayName), nameof(UserAccount.Email),
    ];

    private AccessScope Scope => db.Access.Scope;

    public async Task CheckAsync(IReadOnlyList<EntityEntry> entries, CancellationToken ct)
    {
        if (Scope.IsSystem)
        {
            return;
        }

        foreach (var entry in entries)
        {
            if (VigilDbContext.IsInfrastructure(entry))
            {
                if (entry.Entity is Domain.Auditing.AuditEntry && entry.State == EntityState.Added)
                {
                    continue;
                }

                Deny(entry, "infrastructure rows are written by the server only");
            }

            if (Scope.IsAll)
            {
                continue;
            }

            switch (entry.Entity)
            {
                case OrgUnit unit:
                    CheckUnit(entry, unit);
                    break;
                case UserAccount user:
                    await CheckUserAsync(entry, user, ct);
                    break;
                case UserUnit binding:
                    Require(entry, Scope.Role == Role.Coordinator && Scope.CanWrite(binding.UnitId), "only coordinators bind accounts to units in their scope");
                    break;
                case Domain.Inventory.UnassignedReport:
                    Require(entry, Scope.SortsUnassigned, "only administrators and province coordinators sort unassigned inventory");
                    break;
                case ApiToken token:
                    Require(entry, token.UserId == Scope.UserId, "tokens belong to their owner");
                    break;
                case Domain.Notifications.InAppNotification notice:
                    // Raised by whoever changes the unit's incident; afterwards only its reader marks it read.
                    Require(entry, entry.State == EntityState.Added ? Scope.CanWrite(notice.UnitId) : notice.UserId == Scope.UserId,
                        "a notice is raised within your scope and read by its owner only");
                    break;
                case IUnitOwned owned:
                    Require(entry, Scope.CanWrite(owned.UnitId), "its unit is outside your scope");
                    if (entry.State == EntityState.Modified)
                    {
                        var original = (Guid)entry.OriginalValues[nameof(IUnitOwned.UnitId)]!;
                        Require(entry, Scope.CanWrite(original), "its previous unit is outside your scope");
                    }

                    break;
                case Domain.Vulnerabilities.Stored.StoredCve or Domain.Vulnerabilities.Stored.StoredKevEntry
                    or Domain.Vulnerabilities.Stored.StoredBulletin or Domain.Vulnerabilities.Stored.StoredBulletinRow:
                    Require(entry, Scope.Role == Role.Coordinator, "only administrators and coordinators import the vulnerability catalog");
                    break;
                case Domain.Assets.DeviceLifecycleRecord:
                    Deny(entry, "only administrators change the installation's reference catalogs");
                    break;
                default:
                    Deny(entry, "this kind of row has no scope rule");
                    break;
            }
        }
    }

    private void CheckUnit(EntityEntry entry, OrgUnit unit)
    {
        // Changing the shape of the tree is coordinators' work; unit officers may only edit their unit's details.
        if (entry.State is EntityState.Added or EntityState.Deleted || entry.Property(nameof(OrgUnit.ParentId)).IsModified)
        {
            Require(entry, Scope.Role == Role.Coordinator, "only coordinators and administrators change the organisation tree");
        }

        if (entry.State == EntityState.Added)
        {
            Require(entry, unit.ParentId is { } parent && Scope.CanWrite(parent), "the parent unit is outside your scope");
            return;
        }

        Require(entry, Scope.CanWrite(unit.Id), "the unit is outside your scope");
        if (entry.State == EntityState.Modified && entry.Property(nameof(OrgUnit.ParentId)).IsModified)
        {
            Require(entry, unit.ParentId is { } parent && Scope.CanWrite(parent), "the new parent unit is outside your scope");
        }
    }

    private async Task CheckUserAsync(EntityEntry entry, UserAccount user, CancellationToken ct)
    {
        if (entry.State == EntityState.Modified && user.Id == Scope.UserId &&
            entry.Properties.Where(p => p.IsModified).All(p => s_selfServiceFields.Contains(p.Metadata.Name)))
        {
            return;
        }

        Require(entry, Scope.Role == Role.Coordinator, "only coordinators and administrators manage other accounts");

        // Only administrators create or change coordinators and administrators.
        var originalRole = entry.State == EntityState.Added ? user.Role : (Role)entry.OriginalValues[nameof(UserAccount.Role)]!;
        Require(entry, user.Role < Role.Coordinator && originalRole < Role.Coordinator, "only an administrator manages coordinators and administrators");

        if (entry.State == EntityState.Added)
        {
            Require(entry, user.Units.Count > 0, "a new account must be bound to a unit in your scope");
            return;
        }

        var bound = await db.UserUnits.IgnoreQueryFilters().Where(b => b.UserId == user.Id).Select(b => b.UnitId).ToListAsync(ct);
        Require(entry, bound.TrueForAll(Scope.CanWrite), "the account is bound to a unit outside your scope");
    }

    private static void Require(EntityEntry entry, bool condition, string reason)
    {
        if (!condition)
        {
            Deny(entry, reason);
        }
    }

    private static void Deny(EntityEntry entry, string reason) =>
        throw new ScopeViolationException($"Not allowed to {entry.State.ToString().ToLowerInvariant()} {entry.Metadata.ClrType.Name}: {reason}.");
}
