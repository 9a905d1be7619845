using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Units;
using Vigil.Server.Features.Users;
using Vigil.Server.Hosting;
using Vigil.Storage;

namespace Vigil.Server.Pages.Users;

[Authorize(Policy = VigilAuthentication.ManageUsers)]
public sealed class IndexModel(UserService users, UnitService units, AccessContext access, IStringLocalizer<SharedResource> text) : PageModel
{
    public List<UserDto> Users { get; private set; } = [];

    public List<OrgUnit> Units { get; private set; } = [];

    [BindProperty]
    public UserInput Input { get; set; } = new();

    public RoleAndUnitChoices Choices => new(RoleAndUnitChoices.GrantableRoles(access.Scope.IsAll),
        Units.FindAll(u => access.Scope.CanWrite(u.Id)), Input.Role, Input.UnitIds);

    public PageMessages Messages { get; } = new();

    public string UnitName(Guid id) => Units.Find(u => u.Id == id)?.Code ?? "?";

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        var result = await users.CreateAsync(Input.ToDto(includeDisabled: false), ct);
        if (result.IsSuccess)
        {
            Messages.Success = text["Users.Created", result.Value!.User.UserName];
            Messages.Secret = result.Value.InitialPassword;
            Messages.SecretLabel = text["Users.InitialPassword"];
            Input = new UserInput();
        }
        else
        {
            Messages.Add(result.Error!, text);
        }

        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Users = await users.ListAsync(ct);
        Units = await units.ListAsync(ct);
    }
}
