using Vigil.Domain.Common;

namespace Vigil.Domain.Directives;

/// <summary>A file kept with a directive, usually the original letter as PDF or DOCX.</summary>
public sealed class DirectiveAttachment : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid DirectiveId { get; set; }

    /// <summary>The directive's target unit.</summary>
    public Guid UnitId { get; set; }

    public string FileName { get; set; } = "";

    public string ContentType { get; set; } = "";

    public long Size { get; set; }

    /// <summary>Hex SHA-256 of the content, so a copy of the letter can be matched to the stored one.</summary>
    public string Sha256 { get; set; } = "";

    public byte[] Content { get; set; } = [];

    public DateTime UploadedAt { get; set; }

    public string UploadedBy { get; set; } = "";
}
