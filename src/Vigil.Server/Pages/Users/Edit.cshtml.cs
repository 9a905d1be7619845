using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Units;
using Vigil.Server.Features.Users;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Pages.Users;

[Authorize(Policy = VigilAuthentication.ManageUsers)]
public sealed class EditModel(UserService users, UnitService units, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UserId { get; set; }

    public UserDto? Account { get; private set; }

    public List<OrgUnit> Units { get; private set; } = [];

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public RoleAndUnitChoices Choices => new(RoleAndUnitChoices.GrantableRoles(access.Scope.IsAll),
        Units.FindAll(u => access.Scope.CanWrite(u.Id)), Input.Role, Input.UnitIds);

    public PageMessages Messages { get; } = new();

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(fillInput: true, ct);

    public async Task<IActionResult> OnPostUpdateAsync(CancellationToken ct)
    {
        var result = await users.UpdateAsync(UserId, Input.ToDto(includeDisabled: true) with { UserName = null }, ct);
        if (!result.IsSuccess)
        {
            return await Fail(result.Error!, ct);
        }

        Messages.Success = text["Common.Saved"];
        return await LoadAsync(fillInput: true, ct);
    }

    public async Task<IActionResult> OnPostResetAsync(CancellationToken ct)
    {
        var result = await users.ResetPasswordAsync(UserId, ct);
        if (!result.IsSuccess)
        {
            return await Fail(result.Error!, ct);
        }

        Messages.Secret = result.Value;
        Messages.SecretLabel = text["Users.InitialPassword"];
        return await LoadAsync(fillInput: true, ct);
    }

    private async Task<IActionResult> Fail(Error error, CancellationToken ct)
    {
        Messages.Add(error, text);
        Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        return await LoadAsync(fillInput: false, ct);
    }

    private async Task<IActionResult> LoadAsync(bool fillInput, CancellationToken ct)
    {
        var result = await users.GetAsync(UserId, ct);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Account = result.Value!;
        Units = await units.ListAsync(ct);
        if (fillInput)
        {
            Input = new UserInput
            {
                DisplayName = Account.DisplayName, Email = Account.Email, Role = Account.Role,
                UnitIds = [.. Account.UnitIds], Disabled = Account.Disabled,
            };
        }

        return Page();
    }
}
