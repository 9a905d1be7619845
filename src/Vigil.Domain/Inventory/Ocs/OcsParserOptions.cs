namespace Vigil.Domain.Inventory.Ocs;

/// <summary>Limits for one OCS/FusionInventory XML document.</summary>
public sealed record OcsParserOptions
{
    /// <summary>32 Mi characters: a Windows PC with a thousand programs sends well under 2 MB of XML.</summary>
    public const long DefaultMaxCharacters = 32L * 1024 * 1024;

    public static OcsParserOptions Default { get; } = new();

    /// <summary>Characters of the decoded document beyond which it is refused before it is read.</summary>
    public long MaxCharacters { get; init; } = DefaultMaxCharacters;
}
