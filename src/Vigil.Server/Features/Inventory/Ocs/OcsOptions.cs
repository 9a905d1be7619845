namespace Vigil.Server.Features.Inventory.Ocs;

/// <summary>The OCS Inventory NG / FusionInventory endpoint (<c>/ocsinventory</c>). Section <c>Vigil:Ocs</c>.</summary>
public sealed class OcsOptions
{
    public const string SectionName = "Vigil:Ocs";

    /// <summary>Accept agents at /ocsinventory. Default true; false answers 404 as if the endpoint did not exist.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Largest request body as sent (compressed), in bytes. Default 8 MiB; a real inventory is 20–200 KB.</summary>
    public long MaxRequestBytes { get; set; } = 8L * 1024 * 1024;

    /// <summary>Largest document after decompression, in bytes (and characters). Default 32 MiB; stops zip bombs.</summary>
    public long MaxDocumentBytes { get; set; } = 32L * 1024 * 1024;

    /// <summary>Hours an agent waits between two inventories (PROLOG_FREQ of the PROLOG reply). Default 24.</summary>
    public int PrologFrequencyHours { get; set; } = 24;

    /// <summary>
    /// Requests per minute per client address. Default 1200: an office behind one NAT address whose PCs all start
    /// at 7:30 sends two requests (PROLOG, INVENTORY) per PC within minutes.
    /// </summary>
    public int PermitsPerMinute { get; set; } = 1200;
}
