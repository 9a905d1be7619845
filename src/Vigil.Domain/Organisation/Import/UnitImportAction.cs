namespace Vigil.Domain.Organisation.Import;

public enum UnitImportAction
{
    /// <summary>No unit has the row's code yet.</summary>
    Create,

    /// <summary>A unit with the row's code exists; its fields are overwritten by the row.</summary>
    Update,
}
