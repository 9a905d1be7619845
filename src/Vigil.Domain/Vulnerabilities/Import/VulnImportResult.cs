namespace Vigil.Domain.Vulnerabilities.Import;

/// <summary>What an importer read: the items, or the errors (then <see cref="Items"/> is empty: all or nothing).</summary>
public sealed record VulnImportResult<T>(IReadOnlyList<T> Items, IReadOnlyList<VulnImportError> Errors)
{
    public bool IsSuccess => Errors.Count == 0;

    public static VulnImportResult<T> Of(List<T> items, List<VulnImportError> errors) =>
        errors.Count == 0 ? new(items, []) : new([], errors);

    public static VulnImportResult<T> Fail(string file, string code, string message) =>
        new([], [new VulnImportError(file, null, null, code, message)]);
}
