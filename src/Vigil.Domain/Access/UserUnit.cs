using Vigil.Domain.Common;

namespace Vigil.Domain.Access;

/// <summary>Binds a user to a unit (a user may have several).</summary>
public sealed class UserUnit : IUnitOwned
{
    public Guid UserId { get; set; }

    public Guid UnitId { get; set; }
}
