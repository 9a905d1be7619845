namespace Vigil.Server.Features.Jobs;

/// <summary>A job that runs once per interval across all server instances.</summary>
internal interface IRecurringJob
{
    /// <summary>Stable name; also the key under <c>Jobs:Intervals</c> to override <see cref="DefaultInterval"/>.</summary>
    string Name { get; }

    TimeSpan DefaultInterval { get; }

    /// <summary>Runs with a fresh service scope whose access context is the system's.</summary>
    Task RunAsync(IServiceProvider services, DateTime dueAt, CancellationToken ct);
}
