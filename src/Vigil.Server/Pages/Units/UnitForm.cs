using Vigil.Contracts.V1;
using Vigil.Domain.Organisation;

namespace Vigil.Server.Pages.Units;

/// <summary>The editable fields of a unit as posted by a form; <see cref="Prefix"/> names the inputs.</summary>
public sealed class UnitForm
{
    public string? Code { get; set; }

    public string? Name { get; set; }

    public string? Kind { get; set; }

    public string? TimeZone { get; set; }

    public string? FormerDistrict { get; set; }

    public string? ContactName { get; set; }

    public string? ContactPhone { get; set; }

    public string? ContactEmail { get; set; }

    public string? Address { get; set; }

    /// <summary>Input names for this form in the page (e.g. "Child.Code"); not bound.</summary>
    public FieldNames Prefix { get; set; } = new("");

    public static UnitForm From(OrgUnit u, string prefix) => new()
    {
        Code = u.Code, Name = u.Name, Kind = u.Kind.ToString(), TimeZone = u.TimeZone, FormerDistrict = u.FormerDistrict,
        ContactName = u.ContactName, ContactPhone = u.ContactPhone, ContactEmail = u.ContactEmail, Address = u.Address,
        Prefix = new(prefix),
    };

    /// <summary>Form fields are never null: an emptied field clears the value.</summary>
    public UnitWriteDto ToDto(Guid? parentId) =>
        new(parentId, Code ?? "", Name ?? "", Kind ?? "", FormerDistrict ?? "", TimeZone ?? "", ContactName ?? "", ContactPhone ?? "", ContactEmail ?? "", Address ?? "");

    public sealed record FieldNames(string Root)
    {
        private string P(string name) => Root.Length == 0 ? name : Root + "." + name;

        public string Code => P(nameof(UnitForm.Code));

        public string Name => P(nameof(UnitForm.Name));

        public string Kind => P(nameof(UnitForm.Kind));

        public string TimeZone => P(nameof(UnitForm.TimeZone));

        public string FormerDistrict => P(nameof(UnitForm.FormerDistrict));

        public string ContactName => P(nameof(UnitForm.ContactName));

        public string ContactPhone => P(nameof(UnitForm.ContactPhone));

        public string ContactEmail => P(nameof(UnitForm.ContactEmail));

        public string Address => P(nameof(UnitForm.Address));
    }
}
