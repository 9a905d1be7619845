using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Domain.Assets;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory;

/// <summary>
/// A person states the facts only people know: who the computer belongs to and whether it is a personal computer
/// used for work. The statement is stored as one more source, of kind Manual with key "manual:&lt;computer id&gt;",
/// and pinned for those fields, so it goes through the same resolution as every report (and stays until a person
/// changes or withdraws it, whatever a later spreadsheet says).
/// </summary>
public sealed class PeopleFactsService(VigilDbContext db, TimeProvider clock)
{
    public const int MaxOwnerLength = 200;

    private readonly ComputerResolver _resolver = new(db, clock);

    public static string SourceKeyOf(Guid computerId) => "manual:" + computerId.ToString("D");

    public async Task<Result<Guid>> UpdateAsync(Guid computerId, ComputerPatchDto patch, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(patch);
        var computer = await db.Computers.FirstOrDefaultAsync(c => c.Id == computerId, ct);
        if (computer is null)
        {
            return ComputerDetailQuery.NotFound(computerId);
        }

        if (!db.Access.Scope.CanWrite(computer.UnitId))
        {
            return Error.Forbidden("computer.forbidden", "You may read this computer but not change it.");
        }

        var owner = patch.Owner?.Trim();
        if (owner is { Length: > MaxOwnerLength })
        {
            return Error.Validation("computer.owner_too_long", $"The owner may have at most {MaxOwnerLength} characters.", "owner");
        }

        var key = SourceKeyOf(computerId);
        var source = await db.ComputerSources.FirstOrDefaultAsync(s => s.Source == InventorySource.Manual && s.SourceKey == key, ct);
        var said = source is null ? new InventorySnapshot() : SnapshotJson.Deserialize(source.SnapshotJson);
        said = said with
        {
            Owner = owner is null ? said.Owner : owner.Length == 0 ? null : owner,
            IsPersonal = patch.IsPersonal ?? said.IsPersonal,
        };

        var before = (computer.Owner, computer.IsPersonal);
        var now = clock.GetUtcNow().UtcDateTime;
        Store(computer, source, said, key, now);
        var pins = ComputerPins.Parse(computer.Pins);
        Pin(pins, "owner", said.Owner is not null);
        Pin(pins, "personal", said.IsPersonal is not null);
        computer.Pins = ComputerPins.Format(pins);

        await _resolver.ReresolveAsync(computer, ct);
        AddChange(computer, "owner", before.Owner, computer.Owner, now);
        AddChange(computer, "personal", before.IsPersonal ? "yes" : "no", computer.IsPersonal ? "yes" : "no", now);
        await db.SaveChangesAsync(ct);
        return computer.Id;
    }

    private void Store(Computer computer, ComputerSource? source, InventorySnapshot said, string key, DateTime now)
    {
        if (said.Owner is null && said.IsPersonal is null)
        {
            if (source is not null)
            {
                db.ComputerSources.Remove(source);
            }

            return;
        }

        var (json, hash) = SnapshotJson.Serialize(SnapshotCanonical.Of(said));
        if (source is null)
        {
            db.ComputerSources.Add(new ComputerSource
            {
                Id = Guid.CreateVersion7(),
                ComputerId = computer.Id,
                UnitId = computer.UnitId,
                Source = InventorySource.Manual,
                SourceKey = key,
                FirstSeenAt = now,
                ObservedAt = now,
                SnapshotHash = hash,
                SnapshotJson = json,
            });
            return;
        }

        source.SnapshotJson = json;
        source.SnapshotHash = hash;
        source.ObservedAt = now;
    }

    private static void Pin(Dictionary<string, InventorySource> pins, string field, bool stated)
    {
        if (stated)
        {
            pins[field] = InventorySource.Manual;
        }
        else if (pins.TryGetValue(field, out var pinned) && pinned == InventorySource.Manual)
        {
            pins.Remove(field);
        }
    }

    private void AddChange(Computer computer, string field, string? before, string? after, DateTime now)
    {
        if (string.Equals(before, after, StringComparison.Ordinal))
        {
            return;
        }

        db.ComputerChanges.Add(new ComputerChange
        {
            Id = Guid.CreateVersion7(),
            ComputerId = computer.Id,
            UnitId = computer.UnitId,
            Source = InventorySource.Manual,
            ObservedAt = now,
            Field = field,
            OldValue = before,
            NewValue = after,
            Actor = db.Access.ActorName,
        });
    }
}
