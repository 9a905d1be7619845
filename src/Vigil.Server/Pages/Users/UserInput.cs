using Vigil.Contracts.V1;

namespace Vigil.Server.Pages.Users;

public sealed class UserInput
{
    public string? UserName { get; set; }

    public string? DisplayName { get; set; }

    public string? Email { get; set; }

    public string? Role { get; set; }

    public List<Guid> UnitIds { get; set; } = [];

    public bool Disabled { get; set; }

    public UserWriteDto ToDto(bool includeDisabled) =>
        new(UserName, DisplayName ?? "", Email ?? "", Role, UnitIds, includeDisabled ? Disabled : null, null);
}
