namespace Vigil.Domain.Documents;

/// <summary>How one element of the layout is typeset.</summary>
/// <param name="MinPoints">Smallest size the decree allows, in points.</param>
/// <param name="MaxPoints">Largest size the decree allows, in points.</param>
/// <param name="Points">The size Vigil uses: the one of the decree's own specimen (Phụ lục I, Mục V) where it gives one.</param>
/// <param name="Bold">Bold face.</param>
/// <param name="Italic">Italic face; otherwise upright.</param>
/// <param name="Capitals">The text is printed in capitals whatever case it is given in.</param>
public sealed record TextStyle(double MinPoints, double MaxPoints, double Points, bool Bold = false, bool Italic = false, bool Capitals = false)
{
    /// <summary>The size in half-points, the unit of WordprocessingML's w:sz.</summary>
    public int HalfPoints => (int)Math.Round(Points * 2);
}
