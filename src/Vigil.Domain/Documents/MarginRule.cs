namespace Vigil.Domain.Documents;

/// <summary>A page margin the decree allows as a range, and the value Vigil uses.</summary>
public sealed record MarginRule(double MinMillimetres, double MaxMillimetres, double Millimetres)
{
    /// <summary>
    /// In twentieths of a point (twips), rounded up so that the value stays inside the range
    /// (15 mm is 850.4 twips; 850 would be 14.99 mm).
    /// </summary>
    public int Twips => DecreeLayout.MillimetresToTwipsCeiling(Millimetres);
}
