using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Directives;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Directives;
using Vigil.Server.Features.Units;

namespace Vigil.Server.Pages.Directives;

/// <summary>A directive from a template: the letter's fields, the target subtree and the deadline.</summary>
public sealed class NewModel(DirectiveService directives, UnitService units, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public DirectiveCreateDto Input { get; set; } = new(Guid.Empty, "xp7-cisco", null, null, null, null, null, null, null, null, "14:00", null, null, null, 24);

    public IReadOnlyList<ReportTemplate> Templates => directives.Templates;

    public IReadOnlyList<OrgUnit> Units { get; private set; } = [];

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => Units = await units.ListAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var created = await directives.CreateAsync(Input, ct);
        if (created.IsSuccess)
        {
            return Redirect($"/directives/{created.Value!.Id}");
        }

        Messages.Add(created.Error!, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(created.Error!);
        Units = await units.ListAsync(ct);
        return Page();
    }
}
