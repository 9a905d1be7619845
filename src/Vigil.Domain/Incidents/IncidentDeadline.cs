namespace Vigil.Domain.Incidents;

/// <summary>Where an incident stands against its initial-report deadline at a moment.</summary>
public static class IncidentDeadline
{
    public static DeadlineState StateAt(DateTime? dueAt, DateTime? reportedAt, int warnHoursBefore, DateTime nowUtc)
    {
        if (dueAt is not { } due)
        {
            return DeadlineState.None;
        }

        if (reportedAt is not null)
        {
            return DeadlineState.Met;
        }

        if (nowUtc > due)
        {
            return DeadlineState.Overdue;
        }

        return nowUtc >= due.AddHours(-warnHoursBefore) ? DeadlineState.Approaching : DeadlineState.OnTrack;
    }
}
