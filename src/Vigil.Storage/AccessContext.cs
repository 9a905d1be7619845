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

    public static AccessContext ForSystem(string actorName = "system") => new() { Scope = AccessScope.System, ActorName = actorName };
}
