using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Units;
using Vigil.Server.Hosting;

namespace Vigil.Server.Pages.Units;

public sealed class IndexModel(UnitService units, IAuthorizationService authz, IStringLocalizer<SharedResource> text) : PageModel
{
    public List<OrgUnit> Units { get; private set; } = [];

    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    public bool CanManage { get; private set; }

    public bool IsAdministrator => User.IsInRole(nameof(Domain.Access.Role.Administrator));

    [BindProperty]
    public UnitForm NewRoot { get; set; } = new() { Kind = nameof(UnitKind.Province), Prefix = new(nameof(NewRoot)) };

    public PageMessages Messages { get; } = new();

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateRootAsync(CancellationToken ct)
    {
        NewRoot.Prefix = new(nameof(NewRoot));
        var result = await units.CreateAsync(NewRoot.ToDto(null), ct);
        if (result.IsSuccess)
        {
            return Redirect($"/units/{result.Value!.Id}");
        }

        Messages.Add(result.Error!, text);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Units = await units.ListAsync(ct);
        CanManage = (await authz.AuthorizeAsync(User, VigilAuthentication.ManageUnits)).Succeeded;
    }
}
