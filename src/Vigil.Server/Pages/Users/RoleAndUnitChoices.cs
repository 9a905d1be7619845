using Vigil.Domain.Access;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Pages.Users;

/// <summary>The roles and units a person may grant, and what is selected.</summary>
public sealed record RoleAndUnitChoices(IReadOnlyList<string> Roles, IReadOnlyList<OrgUnit> Units, string? SelectedRole, IReadOnlyCollection<Guid> SelectedUnits)
{
    public int MinDepth => Units.Count == 0 ? 0 : Units.Min(u => u.Depth);

    /// <summary>Coordinators grant unit officer and viewer only; administrators grant every role.</summary>
    public static IReadOnlyList<string> GrantableRoles(bool isAdministrator) =>
        isAdministrator ? Enum.GetNames<Role>() : [nameof(Role.Viewer), nameof(Role.UnitOfficer)];
}
