using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Units;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Pages.Units;

public sealed class DetailsModel(UnitService units, AccessContext access, IAuthorizationService authz, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    public OrgUnit? Unit { get; private set; }

    public List<OrgUnit> Ancestors { get; private set; } = [];

    public List<OrgUnit> Children { get; private set; } = [];

    public List<OrgUnit> MoveTargets { get; private set; } = [];

    [BindProperty]
    public UnitForm Edit { get; set; } = new();

    [BindProperty]
    public UnitForm Child { get; set; } = new() { Kind = nameof(UnitKind.Agency) };

    [BindProperty]
    public Guid? NewParentId { get; set; }

    public bool CanEdit => Unit is not null && access.Scope.CanWrite(Unit.Id);

    public bool CanManage { get; private set; }

    public bool IsAdministrator => access.Scope.IsAll;

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(resetForms: true, ct);

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct) =>
        await After(await units.UpdateAsync(UnitId, Edit.ToDto(null), ct), "Units.Saved", ct);

    public async Task<IActionResult> OnPostCreateChildAsync(CancellationToken ct)
    {
        var result = await units.CreateAsync(Child.ToDto(UnitId), ct);
        return result.IsSuccess ? Redirect($"/units/{result.Value!.Id}") : await After(result, "", ct);
    }

    public async Task<IActionResult> OnPostMoveAsync(CancellationToken ct) =>
        await After(await units.MoveAsync(UnitId, NewParentId, ct), "Units.Moved", ct);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken ct)
    {
        var result = await units.DeleteAsync(UnitId, ct);
        return result.IsSuccess ? Redirect("/units") : await After(result, "", ct);
    }

    private async Task<IActionResult> After(Result<OrgUnit> result, string successKey, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            Messages.Add(result.Error!, text);
            if (result.Error!.Kind is ErrorKind.NotFound or ErrorKind.Forbidden)
            {
                Response.StatusCode = Infrastructure.ErrorResults.StatusOf(result.Error);
            }

            return await LoadAsync(resetForms: false, ct);
        }

        Messages.Success = text[successKey];
        return await LoadAsync(resetForms: true, ct);
    }

    private async Task<IActionResult> LoadAsync(bool resetForms, CancellationToken ct)
    {
        var all = await units.ListAsync(ct);
        Unit = all.Find(u => u.Id == UnitId);
        if (Unit is null)
        {
            return NotFound();
        }

        var byId = all.ToDictionary(u => u.Id);
        for (var p = Unit.ParentId; p is { } id && byId.TryGetValue(id, out var parent); p = parent.ParentId)
        {
            Ancestors.Insert(0, parent);
        }

        Children = all.FindAll(u => u.ParentId == Unit.Id);
        MoveTargets = all.FindAll(u => !UnitTree.IsInSubtree(u, Unit) && access.Scope.CanWrite(u.Id));
        CanManage = (await authz.AuthorizeAsync(User, VigilAuthentication.ManageUnits)).Succeeded && CanEdit;
        if (resetForms)
        {
            Edit = UnitForm.From(Unit, nameof(Edit));
            Child = new UnitForm { Kind = nameof(UnitKind.Agency), TimeZone = Unit.TimeZone, Prefix = new(nameof(Child)) };
        }
        else
        {
            Edit.Prefix = new(nameof(Edit));
            Child.Prefix = new(nameof(Child));
        }

        return Page();
    }
}
