namespace Vigil.Domain.Compliance;

/// <summary>Stable codes of policy pack errors.</summary>
public static class PolicyErrors
{
    public const string Syntax = "policy.syntax";
    public const string TooLarge = "policy.too_large";
    public const string Missing = "policy.missing_field";
    public const string UnknownField = "policy.unknown_field";
    public const string BadValue = "policy.bad_value";
    public const string UnknownCheck = "policy.unknown_check";
    public const string UnknownParameter = "policy.unknown_parameter";
    public const string DuplicateRule = "policy.duplicate_rule";
    public const string DuplicateField = "policy.duplicate_field";
    public const string OverrideMismatch = "policy.override_mismatch";
    public const string CatalogMissing = "policy.catalog_missing";
}
