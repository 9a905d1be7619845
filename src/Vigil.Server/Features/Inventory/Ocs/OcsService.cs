using Microsoft.Extensions.Options;
using Vigil.Domain.Common;
using Vigil.Domain.Inventory.Ocs;
using Vigil.Storage;

namespace Vigil.Server.Features.Inventory.Ocs;

/// <summary>
/// One exchange of the OCS protocol: PROLOG is always answered SEND (Vigil keeps no schedule per agent; the agent's
/// own PROLOG_FREQ paces it), INVENTORY is parsed and handed to <see cref="IInventoryIngest"/>, whose TAG lookup
/// decides the unit. Nothing is stored unless the whole document parsed.
/// </summary>
internal sealed class OcsService(IInventoryIngest ingest, AccessContext access, TimeProvider clock, IOptions<OcsOptions> options, ILogger<OcsService> logger)
{
    /// <returns>The reply document for the agent.</returns>
    public async Task<Result<string>> HandleAsync(ArraySegment<byte> xml, string? address, CancellationToken ct)
    {
        var settings = options.Value;
        var parsed = OcsInventoryParser.Parse(xml, clock.GetUtcNow().UtcDateTime, new OcsParserOptions { MaxCharacters = settings.MaxDocumentBytes });
        if (!parsed.IsSuccess)
        {
            return parsed.Error!;
        }

        var request = parsed.Value!;
        switch (request.Query)
        {
            case OcsQuery.Prolog:
                Log.OcsProlog(logger, request.DeviceId, address);
                return OcsReply.Send(settings.PrologFrequencyHours);
            case OcsQuery.Inventory:
                var report = request.Report!;
                // No person acts here: history and logs name the channel and the agent's device.
                access.ActorName = Truncate("ocs:" + request.DeviceId, 100);
                var outcome = await ingest.IngestAsync(report, null, ct);
                if (!outcome.IsSuccess)
                {
                    return outcome.Error!;
                }

                Log.OcsInventoryIngested(logger, request.DeviceId, report.UnitHint, outcome.Value!.Status, address);
                return OcsReply.Stored();
            default:
                return Error.Validation("ocs.query_unsupported", $"Vigil answers PROLOG and INVENTORY, not {Truncate(request.Query, 40)}.", "REQUEST/QUERY");
        }
    }

    private static string Truncate(string value, int length) => value.Length <= length ? value : value[..length];
}
