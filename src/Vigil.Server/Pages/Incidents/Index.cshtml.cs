using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Incidents;
using Vigil.Storage;

namespace Vigil.Server.Pages.Incidents;

/// <summary>The incidents the person can see, filtered by status, severity, open, overdue report and title words.</summary>
public sealed class IndexModel(IncidentQuery incidents, AccessContext access) : PageModel
{
    public IncidentPageDto Result { get; private set; } = new([], 0, 1, IncidentQuery.PageSize);

    public string? Status { get; private set; }

    public string? Severity { get; private set; }

    public bool Open { get; private set; }

    public bool Overdue { get; private set; }

    public string? Search { get; private set; }

    public bool CanCreate => access.Scope.CanWriteAnything;

    public async Task OnGetAsync(string? status, string? severity, bool? open, bool? overdue, string? q, int? p, CancellationToken ct)
    {
        (Status, Severity, Open, Overdue, Search) = (status, severity, open ?? false, overdue ?? false, q);
        Result = await incidents.ListAsync(new IncidentFilter { Status = status, Severity = severity, Open = Open, Overdue = Overdue, Search = q }, p ?? 1, ct);
    }
}
