namespace Vigil.Domain.Inventory.Ocs;

/// <summary>The parts of a <c>REQUEST</c> the mapping needs: its header values and the sections of interest.</summary>
internal sealed class OcsDocument
{
    /// <summary>Sections worth keeping; everything else (processes, environment, controllers…) is skipped unread.</summary>
    public static readonly HashSet<string> KeptSections = new(StringComparer.Ordinal)
    {
        "HARDWARE", "BIOS", "OPERATINGSYSTEM", "CPUS", "MEMORIES", "STORAGES", "NETWORKS", "SOFTWARES", "ANTIVIRUS",
        "FIREWALL", "ACCOUNTINFO", "SECURITYCENTER", "TAG",
    };

    private readonly Dictionary<string, List<OcsSection>> _sections = new(StringComparer.Ordinal);

    public string? Query { get; set; }

    public string? DeviceId { get; set; }

    /// <summary>A <c>TAG</c> element directly under <c>REQUEST</c> (some agents put it there instead of ACCOUNTINFO).</summary>
    public string? RequestTag { get; set; }

    public bool HasContent { get; set; }

    public void Add(OcsSection section)
    {
        if (!_sections.TryGetValue(section.Name, out var list))
        {
            list = [];
            _sections[section.Name] = list;
        }

        list.Add(section);
    }

    public IEnumerable<string> SectionNames => _sections.Keys;

    public IReadOnlyList<OcsSection> All(string name) => _sections.TryGetValue(name, out var list) ? list : [];

    public OcsSection? First(string name) => _sections.TryGetValue(name, out var list) ? list[0] : null;
}
