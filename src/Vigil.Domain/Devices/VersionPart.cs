namespace Vigil.Domain.Devices;

/// <summary>
/// One position of a parsed version. Every version of a family has the same positions in the same order, so two
/// versions compare position by position: numbers numerically, letters alphabetically ("" &lt; "a" &lt; "b" &lt; "aa"),
/// and a train that differs ends the comparison as <see cref="CiscoVersionOrder.DifferentTrains"/>.
/// </summary>
internal readonly record struct VersionPart(VersionPartKind Kind, int Number, string Text)
{
    public static VersionPart Num(int value) => new(VersionPartKind.Number, value, "");

    public static VersionPart Letters(string value) => new(VersionPartKind.Letters, 0, value.ToLowerInvariant());

    public static VersionPart Train(string value) => new(VersionPartKind.Train, 0, value.ToUpperInvariant());

    /// <summary>Order within one position; trains compare by name only for the total sorting order.</summary>
    public int CompareTo(VersionPart other) => Kind switch
    {
        VersionPartKind.Number => Number.CompareTo(other.Number),
        VersionPartKind.Letters => Text.Length != other.Text.Length
            ? Text.Length.CompareTo(other.Text.Length)
            : string.CompareOrdinal(Text, other.Text),
        _ => string.CompareOrdinal(Text, other.Text),
    };
}

internal enum VersionPartKind : byte
{
    Number,
    Letters,
    Train,
}
