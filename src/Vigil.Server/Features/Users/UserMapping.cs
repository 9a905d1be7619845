using Vigil.Contracts.V1;
using Vigil.Domain.Access;

namespace Vigil.Server.Features.Users;

internal static class UserMapping
{
    public static UserDto ToDto(this UserAccount u, DateTime nowUtc) =>
        new(u.Id, u.UserName, u.DisplayName, u.Email, u.Role.ToString(), u.Units.ConvertAll(b => b.UnitId), u.Disabled,
            u.LockedUntil > nowUtc, u.LastSignInAt);
}
