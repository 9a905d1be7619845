namespace Vigil.Agent.Transport;

internal enum DeliveryOutcome
{
    /// <summary>2xx: stored, unchanged or duplicate. The spool item may go.</summary>
    Delivered,

    /// <summary>The server will never take this report (400, 413, 422): keep it aside, go on with the next.</summary>
    Rejected,

    /// <summary>401: the agent is revoked or unknown; nothing will get through.</summary>
    Unauthorized,

    /// <summary>Network error, timeout, 5xx, 429: try again later, in order.</summary>
    RetryLater,
}
