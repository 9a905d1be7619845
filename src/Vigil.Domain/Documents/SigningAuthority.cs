namespace Vigil.Domain.Documents;

/// <summary>The line above the signer's title, e.g. "KT. GIÁM ĐỐC" (box 7a).</summary>
/// <param name="Capacity">Which abbreviation leads the line.</param>
/// <param name="Of">The body or head's title the signer signs for, e.g. "GIÁM ĐỐC" or "ỦY BAN NHÂN DÂN".</param>
public sealed record SigningAuthority(SigningCapacity Capacity, string Of)
{
    /// <summary>The abbreviation of a capacity, with its full stop.</summary>
    public static string Abbreviation(SigningCapacity capacity) => capacity switch
    {
        SigningCapacity.OnBehalfOf => "TM.",
        SigningCapacity.Deputy => "KT.",
        SigningCapacity.ByOrder => "TL.",
        SigningCapacity.ByDelegation => "TUQ.",
        _ => throw new ArgumentOutOfRangeException(nameof(capacity), capacity, null),
    };

    /// <summary>The line as printed (before capitalisation): "KT. GIÁM ĐỐC".</summary>
    public string Line => Abbreviation(Capacity) + " " + Of;
}
