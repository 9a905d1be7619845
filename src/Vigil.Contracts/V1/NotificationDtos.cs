namespace Vigil.Contracts.V1;

/// <summary>A subscription of a unit: Channel Email (Target: addresses, comma-separated) or Webhook (Target: URL; Secret or one generated).</summary>
public sealed record NotificationSubscriptionCreateDto(Guid UnitId, string? Channel, List<string>? Events, string? Target, string? Secret);

public sealed record NotificationSubscriptionDto(Guid Id, Guid UnitId, string Channel, List<string> Events, string Target, bool Enabled, bool HasSecret, DateTime CreatedAt, string CreatedBy);

/// <summary>The new subscription and, for a webhook whose secret the server generated, that secret (shown once).</summary>
public sealed record NotificationSubscriptionCreatedDto(NotificationSubscriptionDto Subscription, string? Secret);

public sealed record InAppNotificationDto(Guid Id, string Event, string Text, string Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record InAppNotificationListDto(List<InAppNotificationDto> Items, int Unread);
