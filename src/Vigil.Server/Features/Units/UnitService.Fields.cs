using Vigil.Contracts.V1;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Domain.Organisation.Import;

namespace Vigil.Server.Features.Units;

public sealed partial class UnitService
{
    /// <summary>Validates and copies editable fields. On update, a null field keeps its value.</summary>
    private static Error? Apply(OrgUnit unit, UnitWriteDto request, bool creating)
    {
        if (creating || request.Code is not null)
        {
            var code = UnitTree.NormaliseCode(request.Code);
            if (!code.IsSuccess)
            {
                return code.Error;
            }

            unit.Code = code.Value!;
        }

        if (creating || request.Name is not null)
        {
            var name = UnitTree.NormaliseName(request.Name);
            if (!name.IsSuccess)
            {
                return name.Error;
            }

            unit.Name = name.Value!;
        }

        if (creating || request.Kind is not null)
        {
            // The same names the CSV import accepts: English kinds or Vietnamese words (xã, phường, trường…).
            if (!UnitKindNames.TryParse(request.Kind, out var kind))
            {
                return Error.Validation("unit.kind_unknown", $"Unknown unit kind '{request.Kind}'; use one of {string.Join(", ", Enum.GetNames<UnitKind>())}.", "kind");
            }

            unit.Kind = kind;
        }

        if (creating || request.TimeZone is not null)
        {
            var zone = UnitTree.NormaliseTimeZone(request.TimeZone);
            if (!zone.IsSuccess)
            {
                return zone.Error;
            }

            unit.TimeZone = zone.Value!;
        }

        if (request.ContactEmail is { Length: > 0 } email && !EmailAddress.LooksValid(email))
        {
            return Error.Validation("unit.email_invalid", $"'{email}' is not an e-mail address.", "contactEmail");
        }

        unit.FormerDistrict = Keep(unit.FormerDistrict, request.FormerDistrict, creating);
        unit.ContactName = Keep(unit.ContactName, request.ContactName, creating);
        unit.ContactPhone = Keep(unit.ContactPhone, request.ContactPhone, creating);
        unit.ContactEmail = Keep(unit.ContactEmail, request.ContactEmail, creating);
        unit.Address = Keep(unit.Address, request.Address, creating);
        return null;
    }

    /// <summary>Null keeps the old value on update; an empty string clears it.</summary>
    private static string? Keep(string? old, string? requested, bool creating) =>
        requested is null ? (creating ? null : old) : (requested.Trim() is { Length: > 0 } t ? t : null);
}
