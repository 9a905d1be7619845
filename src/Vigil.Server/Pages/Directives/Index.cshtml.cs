using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Directives;
using Vigil.Storage;

namespace Vigil.Server.Pages.Directives;

/// <summary>The directives the person can see, with progress, and their in-app reminders.</summary>
public sealed class IndexModel(DirectiveService directives, DirectiveReminderQuery reminders, AccessContext access) : PageModel
{
    public IReadOnlyList<DirectiveSummaryDto> Directives { get; private set; } = [];

    public IReadOnlyList<ReportReminderDto> Reminders { get; private set; } = [];

    public bool CanCreate => access.Scope.IsAll || access.Scope.Role == Domain.Access.Role.Coordinator;

    public async Task OnGetAsync(CancellationToken ct)
    {
        Directives = await directives.ListAsync(ct);
        Reminders = await reminders.MineAsync(ct);
    }
}
