using Vigil.Domain.Access;

namespace Vigil.Storage;

/// <summary>
/// Who is acting in this unit of work. The server fills it per request from the signed-in user;
/// it starts as <see cref="AccessScope.None"/> so that forgetting to fill it shows nothing rather than everything.
/// </summary>
public sealed class AccessContext
{
    public AccessScope Scope { get; set; } = AccessScope.None;

    public Guid? ActorId { get; set; }

    public string ActorName { get; set; } = "system";

    /// <summary>
    /// Acts as the system until disposed, keeping the actor. Only the inventory ingest uses it: it must find a computer
    /// by serial or UUID in any unit, after the channel (agent credential, TAG, a person's unit check) fixed the unit.
    /// </summary>
    public IDisposable ElevateToSystem()
    {
        var previous = Scope;
        Scope = AccessScope.System;
        return new Restore(this, previous);
    }

    public static AccessContext ForSystem(string actorName = "system") => new() { Scope = AccessScope.System, ActorName = actorName };

    private sealed class Restore(AccessContext context, AccessScope previous) : IDisposable
    {
        public void Dispose() => context.Scope = previous;
    }
}
