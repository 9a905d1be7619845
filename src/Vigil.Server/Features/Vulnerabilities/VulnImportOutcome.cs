using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Vulnerabilities.Import;

namespace Vigil.Server.Features.Vulnerabilities;

/// <summary>An import's result: what was stored, a refusal (scope, form), or the engine's errors (nothing stored).</summary>
public sealed record VulnImportOutcome(VulnImportResultDto? Value, Error? Error, IReadOnlyList<VulnImportError> Errors)
{
    public static VulnImportOutcome Stored(VulnImportResultDto value) => new(value, null, []);

    public static VulnImportOutcome Refused(Error error) => new(null, error, []);

    public static VulnImportOutcome Invalid(IReadOnlyList<VulnImportError> errors) => new(null, null, errors);
}
