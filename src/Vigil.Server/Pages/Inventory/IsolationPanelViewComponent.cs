using Microsoft.AspNetCore.Mvc;
using Vigil.Server.Features.Isolation;

namespace Vigil.Server.Pages.Inventory;

/// <summary>The isolation panel of the computer page: state, steps, isolate/release, containment kits.</summary>
public sealed class IsolationPanelViewComponent(IsolationService isolation) : ViewComponent
{
    public async Task<IViewComponentResult> InvokeAsync(Guid computerId)
    {
        var current = await isolation.GetAsync(computerId, HttpContext.RequestAborted);
        return View(new IsolationPanel(computerId, current.IsSuccess ? current.Value : null));
    }
}

/// <summary>What the panel shows: the computer and its latest isolation, if any.</summary>
public sealed record IsolationPanel(Guid ComputerId, Contracts.V1.IsolationDto? Current)
{
    public bool IsOpen => Current is { State: "requested" or "applied" or "release-requested" };
}
