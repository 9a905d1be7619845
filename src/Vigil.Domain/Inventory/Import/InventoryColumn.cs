namespace Vigil.Domain.Inventory.Import;

/// <summary>One column of an inventory sheet: how the template names it, which other names are accepted, and what it holds.</summary>
/// <param name="Key">Stable English key (e.g. <c>ram_gb</c>); also accepted as a header.</param>
/// <param name="Header">The Vietnamese header the template writes.</param>
/// <param name="EnglishHeader">The English header, accepted when reading and shown in the instructions.</param>
/// <param name="Required">A row without a value here is an error.</param>
/// <param name="Description">Vietnamese explanation for the instructions sheet.</param>
/// <param name="Aliases">Further names people use; compared after <see cref="TextKey"/> folding.</param>
/// <param name="Choices">Values offered as a drop-down list in the template; empty for free text.</param>
public sealed record InventoryColumn(
    string Key,
    string Header,
    string EnglishHeader,
    bool Required,
    string Description,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Choices)
{
    /// <summary>Every name this column answers to, folded.</summary>
    public IEnumerable<string> Keys => new[] { Key, Header, EnglishHeader }.Concat(Aliases).Select(TextKey.Of);
}
