using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Features.Units;

internal static class UnitMapping
{
    public static UnitDto ToDto(this OrgUnit u) =>
        new(u.Id, u.ParentId, u.Code, u.Name, u.Kind.ToString(), u.Depth, u.FormerDistrict, u.TimeZone,
            u.ContactName, u.ContactPhone, u.ContactEmail, u.Address, u.UpdatedAt);
}
