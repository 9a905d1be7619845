namespace Vigil.Domain.Inventory;

/// <summary>Ways to recognise the same computer across sources, most trusted first.</summary>
public enum IdentityKind
{
    Uuid = 0,
    Serial = 1,
    Mac = 2,

    /// <summary>Hostname within one unit: the weakest key, since names are reused across units and reinstalls.</summary>
    Hostname = 3,
}
