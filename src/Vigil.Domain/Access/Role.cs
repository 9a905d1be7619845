namespace Vigil.Domain.Access;

/// <summary>What a person may do; where they may do it comes from the units they are bound to.</summary>
public enum Role
{
    /// <summary>Leaders and auditors: read the subtrees of their units.</summary>
    Viewer = 0,

    /// <summary>The IT contact of one unit: reads and changes only the units they are bound to.</summary>
    UnitOfficer = 1,

    /// <summary>Provincial or commune IT officer: reads and changes the subtrees of their units.</summary>
    Coordinator = 2,

    /// <summary>The province's IT centre: everything, everywhere.</summary>
    Administrator = 3,
}
