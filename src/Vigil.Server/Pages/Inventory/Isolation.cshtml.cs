using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Isolation;

namespace Vigil.Server.Pages.Inventory;

/// <summary>Isolate and release a computer (the forms of the computer page's panel post here) and view a containment kit.</summary>
public sealed class IsolationModel(IsolationService isolation, ContainmentService containment, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid ComputerId { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Kit { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Interface { get; set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? IncidentId { get; set; }

    public string? KitText { get; private set; }

    public PageMessages Messages { get; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        // The panel itself only says "never isolated"; a computer outside the scope is not there at all.
        if (await isolation.GetAsync(ComputerId, ct) is { IsSuccess: false, Error.Code: "computer.not_found" })
        {
            return NotFound();
        }

        if (Kit is not null)
        {
            var kit = await containment.KitAsync(ComputerId, Kit, Interface, ct);
            if (kit.IsSuccess)
            {
                KitText = kit.Value!.Text;
            }
            else if (kit.Error!.Kind == Domain.Common.ErrorKind.NotFound)
            {
                return NotFound();
            }
            else
            {
                Messages.Add(kit.Error, text);
            }
        }

        return Page();
    }

    public async Task<IActionResult> OnPostIsolateAsync(CancellationToken ct) =>
        After(await isolation.IsolateAsync(ComputerId, new IsolationRequestDto(Reason, IncidentId), ct));

    public async Task<IActionResult> OnPostReleaseAsync(CancellationToken ct) =>
        After(await isolation.ReleaseAsync(ComputerId, Reason, ct));

    private IActionResult After(Domain.Common.Result<IsolationDto> result)
    {
        if (result.IsSuccess)
        {
            return Redirect($"/inventory/computer/{ComputerId}#isolation");
        }

        if (result.Error!.Kind == Domain.Common.ErrorKind.NotFound && result.Error.Code == "computer.not_found")
        {
            return NotFound();
        }

        Messages.Add(result.Error, text);
        return Page();
    }
}
