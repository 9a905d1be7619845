namespace Vigil.Domain.Organisation.Import;

/// <summary>One row of an import plan, in the order it must be applied.</summary>
/// <param name="Existing">The unit being updated; null when the row creates one.</param>
/// <param name="ParentChanges">True for an update that moves the unit under another parent (or makes it a root).</param>
public sealed record UnitImportStep(UnitCsvRow Row, UnitImportAction Action, OrgUnit? Existing, bool ParentChanges);
