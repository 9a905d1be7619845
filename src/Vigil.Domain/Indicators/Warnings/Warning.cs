namespace Vigil.Domain.Indicators.Warnings;

/// <summary>
/// Why a value would be unsafe to block. A flagged value is not blocked unless a person overrides the warning;
/// a warning that is not <see cref="Overridable"/> (kill-switch domains) can never be overridden into a block.
/// </summary>
/// <param name="Code">Stable code, one of <see cref="WarningCodes"/>.</param>
/// <param name="Reason">What the value is and what blocking it would break.</param>
public sealed record Warning(string Code, string Reason, bool Overridable = true);
