using Vigil.Domain.Common;

namespace Vigil.Domain.Indicators.Stored;

/// <summary>
/// A named set of indicators a coordinator publishes to a subtree. It belongs to the publishing unit, which alone
/// changes it; once published, every unit inside the target subtree reads it (and its indicators) and records its
/// own deployments.
/// </summary>
public sealed class PublishedPack : IUnitOwned
{
    public Guid Id { get; set; }

    /// <summary>The publishing unit.</summary>
    public Guid UnitId { get; set; }

    /// <summary>The root of the subtree the pack is for.</summary>
    public Guid TargetUnitId { get; set; }

    /// <summary>The target's materialised path when published: the read filter's subtree test.</summary>
    public string TargetPath { get; set; } = "";

    /// <summary>A short stable key ("wannacry"), unique with <see cref="Version"/> per publishing unit.</summary>
    public string PackKey { get; set; } = "";

    public string Name { get; set; } = "";

    public string? Family { get; set; }

    public int Version { get; set; }

    /// <summary>Attribution the sources require, one per line.</summary>
    public string Attribution { get; set; } = "";

    /// <summary>The directive that asks for the pack to be deployed, if any: its deployment figure counts this pack.</summary>
    public Guid? DirectiveId { get; set; }

    /// <summary>Null while a draft: only the publishing unit sees it.</summary>
    public DateTime? PublishedAt { get; set; }

    public string? PublishedBy { get; set; }

    public DateTime CreatedAt { get; set; }

    public string CreatedBy { get; set; } = "";
}
