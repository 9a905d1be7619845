using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>A reminder sent to a unit that had not submitted before the deadline; in-app ones are shown on the unit's pages.</summary>
public sealed class ReportReminder : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid DirectiveId { get; set; }

    public Guid ReportId { get; set; }

    public Guid UnitId { get; set; }

    public DateTime SentAt { get; set; }

    /// <summary>"in-app" or "email".</summary>
    public string Channel { get; set; } = "";

    /// <summary>For e-mail: the addresses written to; null in-app.</summary>
    public string? Recipient { get; set; }

    /// <summary>Null when delivered; the SMTP error otherwise.</summary>
    public string? Failure { get; set; }
}
