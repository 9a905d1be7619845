namespace Vigil.Domain.Documents;

/// <summary>
/// A letter (công văn): it has no type name; its subject is printed as "V/v …" under the number and symbol.
/// </summary>
/// <param name="Subject">The subject without the "V/v" prefix, e.g. "rà soát, nâng cấp máy tính".</param>
public sealed record OfficialLetter(string Subject) : DocumentKind(Subject);
