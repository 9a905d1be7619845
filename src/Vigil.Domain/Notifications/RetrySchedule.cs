namespace Vigil.Domain.Notifications;

/// <summary>When a failed delivery is tried again: doubling from one minute, at most six hours apart, ten attempts in all.</summary>
public static class RetrySchedule
{
    public const int MaxAttempts = 10;

    public static TimeSpan After(int attempts) =>
        TimeSpan.FromMinutes(Math.Min(360, Math.Pow(2, Math.Max(0, attempts - 1))));

    public static bool Exhausted(int attempts) => attempts >= MaxAttempts;
}
