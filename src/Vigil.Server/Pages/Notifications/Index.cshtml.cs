using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Vigil.Contracts.V1;
using Vigil.Server.Features.Notifications;

namespace Vigil.Server.Pages.Notifications;

/// <summary>The person's own notices, newest first; opening one marks it read.</summary>
public sealed class IndexModel(InAppNotifications notices) : PageModel
{
    public InAppNotificationListDto List { get; private set; } = new([], 0);

    public async Task OnGetAsync(CancellationToken ct) => List = await notices.MineAsync(100, ct);

    public async Task<IActionResult> OnPostReadAsync(Guid notificationId, CancellationToken ct)
    {
        var read = await notices.MarkReadAsync(notificationId, ct);
        if (!read.IsSuccess)
        {
            return NotFound();
        }

        var link = (await notices.MineAsync(100, ct)).Items.FirstOrDefault(n => n.Id == notificationId)?.Link;
        return LocalRedirect(link is { Length: > 0 } && link.StartsWith('/') && !link.StartsWith("//", StringComparison.Ordinal) ? link : "/notifications");
    }
}
