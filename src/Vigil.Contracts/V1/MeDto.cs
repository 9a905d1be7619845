namespace Vigil.Contracts.V1;

/// <summary>Who the caller is and where they may act.</summary>
public sealed record MeDto(Guid Id, string UserName, string DisplayName, string Role, IReadOnlyList<Guid> UnitIds);
