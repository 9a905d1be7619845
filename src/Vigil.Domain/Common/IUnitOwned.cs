namespace Vigil.Domain.Common;

/// <summary>A row that belongs to one organisation unit; storage filters and guards it by that unit.</summary>
public interface IUnitOwned
{
    Guid UnitId { get; }
}
