namespace Vigil.Contracts.V1;

public sealed record TokenDto(Guid Id, string Name, string Prefix, DateTime CreatedAt, DateTime? ExpiresAt, DateTime? RevokedAt, DateTime? LastUsedAt);

public sealed record TokenCreateDto(string? Name, int? ExpiresInDays);

/// <summary>The secret is in this response only; the server keeps its hash.</summary>
public sealed record TokenCreatedDto(TokenDto Token, string Secret);
