using Vigil.Domain.Common;

namespace Vigil.Domain.Agents;

/// <summary>
/// An enrolled Vigil agent. It authenticates with its own random credential (only the SHA-256 is kept) and acts with
/// write access to its unit only. Revoking it makes every further request fail with 401.
/// </summary>
public sealed class Agent : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>The inventory record this agent feeds; null until its first inventory has been ingested.</summary>
    public Guid? ComputerId { get; set; }

    public string Hostname { get; set; } = "";

    /// <summary>"linux-x64", "windows-x64", …: the platform the agent reported at enrolment.</summary>
    public string Platform { get; set; } = "";

    public string AgentVersion { get; set; } = "";

    public string CredentialHash { get; set; } = "";

    public DateTime EnrolledAt { get; set; }

    public DateTime? LastSeenAt { get; set; }

    public DateTime? RevokedAt { get; set; }
}
