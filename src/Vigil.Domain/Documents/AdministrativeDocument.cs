namespace Vigil.Domain.Documents;

/// <summary>
/// An administrative document in the layout of Nghị định 30/2020/NĐ-CP: what it says, not how it is typeset (that is
/// <see cref="DecreeLayout"/> and the writer's job). Build it freely, then call <see cref="Validate"/>: problems come
/// back as errors with the field they concern instead of exceptions.
/// </summary>
public sealed partial record AdministrativeDocument
{
    /// <summary>The direct parent body, e.g. "UBND TỈNH LÀO CAI"; empty when the issuing body has none.</summary>
    public string ParentBody { get; init; } = "";

    /// <summary>The issuing body, e.g. "SỞ KHOA HỌC VÀ CÔNG NGHỆ". Required.</summary>
    public string IssuingBody { get; init; } = "";

    /// <summary>Number and symbol. Required; a draft leaves only the sequence empty.</summary>
    public DocumentNumber? Number { get; init; }

    /// <summary>The place of issue, e.g. "Lào Cai". Required.</summary>
    public string Place { get; init; } = "";

    /// <summary>The date of issue. Required.</summary>
    public DateOnly Date { get; init; }

    /// <summary>A titled document (report, plan …) or a letter. Required.</summary>
    public DocumentKind? Kind { get; init; }

    /// <summary>
    /// Who the document is addressed to, printed after "Kính gửi:". Letters and upward reports have them; other
    /// documents may have none. Give the names without leading dashes or trailing punctuation; the writer adds them.
    /// </summary>
    public IReadOnlyList<string> Addressees { get; init; } = [];

    /// <summary>The body: paragraphs, headings and tables, in order. At least one block.</summary>
    public IReadOnlyList<DocumentBlock> Body { get; init; } = [];

    /// <summary>
    /// The "Nơi nhận" list, e.g. "Như trên", "UBND tỉnh (b/c)", "Lưu: VT, CNTT". Give the items without leading dashes or
    /// trailing punctuation; the writer adds them. The decree ends the list with the archive line ("Lưu: VT, …").
    /// </summary>
    public IReadOnlyList<string> Distribution { get; init; } = [];

    /// <summary>The signer. Required.</summary>
    public SignatureBlock? Signature { get; init; }

    /// <summary>"Lào Cai, ngày 23 tháng 5 năm 2024".</summary>
    public string PlaceAndDateLine => VietnameseDate.PlaceAndDate(Place, Date);
}
