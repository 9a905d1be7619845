namespace Vigil.Domain.Documents;

/// <summary>Stable codes of the problems <see cref="AdministrativeDocument.Validate"/> reports.</summary>
public static class DocumentErrors
{
    public const string IssuingBodyMissing = "document.issuing_body_missing";
    public const string NumberMissing = "document.number_missing";
    public const string NumberInvalid = "document.number_invalid";
    public const string SymbolMissing = "document.symbol_missing";
    public const string SymbolInvalid = "document.symbol_invalid";
    public const string PlaceMissing = "document.place_missing";
    public const string DateMissing = "document.date_missing";
    public const string KindMissing = "document.kind_missing";
    public const string TypeNameMissing = "document.type_name_missing";
    public const string SubjectMissing = "document.subject_missing";
    public const string AddresseeMissing = "document.addressee_missing";
    public const string AddresseeEmpty = "document.addressee_empty";
    public const string BodyEmpty = "document.body_empty";
    public const string ParagraphEmpty = "document.paragraph_empty";
    public const string HeadingEmpty = "document.heading_empty";
    public const string TableHasNoColumns = "document.table_no_columns";
    public const string TableColumnInvalid = "document.table_column_invalid";
    public const string TableRowWidth = "document.table_row_width";
    public const string DistributionMissing = "document.distribution_missing";
    public const string DistributionItemEmpty = "document.distribution_item_empty";
    public const string SignerMissing = "document.signer_missing";
    public const string SignerTitleMissing = "document.signer_title_missing";
    public const string SignerNameMissing = "document.signer_name_missing";
    public const string SignerAuthorityEmpty = "document.signer_authority_empty";
    public const string TextInvalid = "document.text_invalid";

    /// <summary>A set of problems as one error: the first problem's code and place, with a count of the others.</summary>
    public const string Invalid = "document.invalid";
}
