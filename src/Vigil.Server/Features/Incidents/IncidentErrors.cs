using Vigil.Domain.Common;

namespace Vigil.Server.Features.Incidents;

internal static class IncidentErrors
{
    public static Error NotFound(Guid id) => Error.NotFound("incident.not_found", $"Incident {id} does not exist or is outside your scope.");

    public static Error ReadOnly(Guid id) => Error.Forbidden("incident.read_only", $"You may read incident {id} but not change it.");

    public static Error FileNotFound(Guid id) => Error.NotFound("incident.file_not_found", $"File {id} does not exist or is outside your scope.");
}
