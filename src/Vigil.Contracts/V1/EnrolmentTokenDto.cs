namespace Vigil.Contracts.V1;

/// <summary>An enrolment token as listed: never the secret, which is shown once at creation.</summary>
public sealed record EnrolmentTokenDto(
    Guid Id,
    Guid UnitId,
    string Prefix,
    string? Note,
    DateTime CreatedAt,
    DateTime ExpiresAt,
    DateTime? UsedAt,
    Guid? UsedByAgentId,
    DateTime? RevokedAt);

/// <param name="ExpiresInDays">1 to 90; default 7.</param>
public sealed record EnrolmentTokenCreateDto(int? ExpiresInDays, string? Note);

/// <summary>The secret is in this response only; the server keeps its hash.</summary>
public sealed record EnrolmentTokenCreatedDto(EnrolmentTokenDto Token, string Secret);
