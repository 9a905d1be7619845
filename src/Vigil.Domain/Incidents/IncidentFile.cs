using Vigil.Domain.Common;

namespace Vigil.Domain.Incidents;

/// <summary>A file kept with an incident (log excerpt, screenshot, sample). The bytes live on disk under <see cref="StoredName"/>.</summary>
public sealed class IncidentFile : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid IncidentId { get; set; }

    public Guid UnitId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    public string Sha256 { get; set; } = "";

    /// <summary>The file's name in the attachment directory: never the uploaded name, so no path can be smuggled in.</summary>
    public string StoredName { get; set; } = "";

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}
