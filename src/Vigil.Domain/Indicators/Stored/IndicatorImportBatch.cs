using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>One committed import: who, when, which files, the counts and the per-line report as JSON.</summary>
public sealed class IndicatorImportBatch : IUnitOwned
{
    public Guid Id { get; set; }

    public Guid UnitId { get; set; }

    /// <summary>File names, one per line.</summary>
    public string FileNames { get; set; } = "";

    /// <summary>Detected formats, one per file, one per line.</summary>
    public string Formats { get; set; } = "";

    public int Imported { get; set; }

    public int Skipped { get; set; }

    public int Rejected { get; set; }

    /// <summary>Indicators the batch created.</summary>
    public int Created { get; set; }

    /// <summary>Existing indicators the batch merged into.</summary>
    public int Merged { get; set; }

    /// <summary>The per-line report (file, line, outcome, code, reason, value) as stored JSON.</summary>
    public string ReportJson { get; set; } = "[]";

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
