namespace Vigil.Domain.Access;

/// <summary>
/// The units a caller may read and change. Built once per request from the caller's role and bindings and
/// applied by storage to every query and every save; nothing else decides visibility.
/// </summary>
public sealed class AccessScope
{
    private readonly HashSet<Guid> _readable;
    private readonly HashSet<Guid> _writable;

    private AccessScope(Guid? userId, Role? role, bool isAll, IEnumerable<Guid> readable, IEnumerable<Guid> writable, bool sortsUnassigned = false)
    {
        SortsUnassigned = isAll || sortsUnassigned;
        UserId = userId;
        Role = role;
        IsAll = isAll;
        _readable = [.. readable];
        _writable = [.. writable];
        ReadableUnitIds = [.. _readable];
    }

    /// <summary>Sees nothing: the default until a caller is known.</summary>
    public static AccessScope None { get; } = new(null, null, false, [], []);

    /// <summary>The server itself (start-up, background jobs, sign-in): sees and changes everything.</summary>
    public static AccessScope System { get; } = new(null, null, true, [], []);

    public Guid? UserId { get; }

    /// <summary>Set when the caller is an enrolled agent rather than a person.</summary>
    public Guid? AgentId { get; private init; }

    public Role? Role { get; }

    /// <summary>True for administrators and the system: no unit restriction at all.</summary>
    public bool IsAll { get; }

    /// <summary>Readable unit ids as an array so query filters can translate it to SQL.</summary>
    public Guid[] ReadableUnitIds { get; }

    public bool IsSystem => IsAll && UserId is null;

    /// <summary>
    /// May see and assign inventory that belongs to no unit yet: administrators and coordinators of a top-level unit,
    /// the people who run the whole province's inventory.
    /// </summary>
    public bool SortsUnassigned { get; }

    public bool CanRead(Guid unitId) => IsAll || _readable.Contains(unitId);

    public bool CanWrite(Guid unitId) => IsAll || _writable.Contains(unitId);

    /// <summary>True when the caller may change anything at all (viewers may not).</summary>
    public bool CanWriteAnything => IsAll || _writable.Count > 0;

    /// <summary>
    /// The scope of an enrolled agent: it reads and writes its own unit and nothing else, so the storage guard
    /// protects every other unit from it exactly as from a unit officer.
    /// </summary>
    public static AccessScope ForAgent(Guid agentId, Guid unitId) => new(null, null, false, [unitId], [unitId]) { AgentId = agentId };

    /// <summary>
    /// The scope of a signed-in person. <paramref name="subtreeOf"/> returns a bound unit and all its descendants;
    /// <paramref name="boundToTopLevel"/> says one of the bound units has no parent.
    /// </summary>
    public static AccessScope ForUser(Guid userId, Role role, IReadOnlyCollection<Guid> boundUnits, Func<Guid, IEnumerable<Guid>> subtreeOf, bool boundToTopLevel = false)
    {
        ArgumentNullException.ThrowIfNull(boundUnits);
        ArgumentNullException.ThrowIfNull(subtreeOf);
        switch (role)
        {
            case Access.Role.Administrator:
                return new AccessScope(userId, role, true, [], []);
            case Access.Role.UnitOfficer:
                return new AccessScope(userId, role, false, boundUnits, boundUnits);
            case Access.Role.Coordinator:
                var subtree = boundUnits.SelectMany(subtreeOf).ToArray();
                return new AccessScope(userId, role, false, subtree, subtree, sortsUnassigned: boundToTopLevel);
            case Access.Role.Viewer:
                return new AccessScope(userId, role, false, boundUnits.SelectMany(subtreeOf), []);
            default:
                throw new ArgumentOutOfRangeException(nameof(role), role, "Unknown role.");
        }
    }
}
