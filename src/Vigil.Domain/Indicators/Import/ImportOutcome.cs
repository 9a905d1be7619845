namespace Vigil.Domain.Indicators.Import;

public enum ImportOutcome
{
    Imported = 0,

    /// <summary>Not an error: empty, a comment, a duplicate, a header or an item type that is not an indicator.</summary>
    Skipped = 1,

    /// <summary>Meant as an indicator but unusable; the reason says why.</summary>
    Rejected = 2,
}
