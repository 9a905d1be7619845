namespace Vigil.Domain.Documents;

/// <summary>
/// The layout rules of Phụ lục I ("Thể thức, kỹ thuật trình bày văn bản hành chính") of Nghị định 30/2020/NĐ-CP
/// on clerical work, as data. Where the decree gives a range, <see cref="TextStyle.Points"/> is the size of its own
/// specimen table (Phần I, Mục V), so the documents look like the decree's example. References below are
/// Phần I of Phụ lục I unless said otherwise.
/// </summary>
public static class DecreeLayout
{
    /// <summary>Vietnamese Times New Roman, Unicode per TCVN 6909:2001, black (Mục I, khoản 4).</summary>
    public const string FontFamily = "Times New Roman";

    /// <summary>A4 portrait, 210 × 297 mm (Mục I, khoản 1 and 2).</summary>
    public const double PaperWidthMillimetres = 210;

    /// <inheritdoc cref="PaperWidthMillimetres"/>
    public const double PaperHeightMillimetres = 297;

    /// <summary>20–25 mm from the top edge (Mục I, khoản 3).</summary>
    public static readonly MarginRule TopMargin = new(20, 25, 20);

    /// <summary>20–25 mm from the bottom edge (Mục I, khoản 3).</summary>
    public static readonly MarginRule BottomMargin = new(20, 25, 20);

    /// <summary>30–35 mm from the left edge, the binding side (Mục I, khoản 3).</summary>
    public static readonly MarginRule LeftMargin = new(30, 35, 30);

    /// <summary>15–20 mm from the right edge (Mục I, khoản 3).</summary>
    public static readonly MarginRule RightMargin = new(15, 20, 15);

    /// <summary>
    /// Page numbers: Arabic numerals, 13–14, upright, centred in the top margin, and none on the first page
    /// (Mục I, khoản 7).
    /// </summary>
    public static readonly TextStyle PageNumber = new(13, 14, 13);

    /// <summary>"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM": capitals, 12–13, upright, bold, top right (Mục II, khoản 1, điểm a).</summary>
    public static readonly TextStyle NationalTitle = new(12, 13, 12, Bold: true, Capitals: true);

    /// <summary>
    /// "Độc lập - Tự do - Hạnh phúc": 13–14, upright, bold, centred under the national title with a solid line under
    /// it as long as the text (Mục II, khoản 1, điểm b).
    /// </summary>
    public static readonly TextStyle Motto = new(13, 14, 13, Bold: true);

    /// <summary>The national title, written with "HÒA" as the decree's text spells it.</summary>
    public const string NationalTitleText = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";

    /// <summary>The motto, with spaced hyphens between its three phrases (Mục II, khoản 1, điểm b).</summary>
    public const string MottoText = "Độc lập - Tự do - Hạnh phúc";

    /// <summary>The direct parent body (cơ quan chủ quản): capitals, 12–13, upright, not bold (Mục II, khoản 2, điểm b).</summary>
    public static readonly TextStyle ParentBody = new(12, 13, 12, Capitals: true);

    /// <summary>
    /// The issuing body: capitals, 12–13, upright, bold, centred under the parent body, with a solid line under it of
    /// 1/3 to 1/2 of the text's length (Mục II, khoản 2, điểm b).
    /// </summary>
    public static readonly TextStyle IssuingBody = new(12, 13, 12, Bold: true, Capitals: true);

    /// <summary>"Số: 05/BC-SKHCN": size 13, upright, centred under the issuing body (Mục II, khoản 3, điểm c).</summary>
    public static readonly TextStyle Number = new(13, 13, 13);

    /// <summary>
    /// Place and date: 13–14, italic, on the line of the number, centred under the national title and motto
    /// (Mục II, khoản 4, điểm c).
    /// </summary>
    public static readonly TextStyle PlaceAndDate = new(13, 14, 13, Italic: true);

    /// <summary>The type name such as BÁO CÁO: capitals, 13–14, upright, bold, centred (Mục II, khoản 5, điểm b).</summary>
    public static readonly TextStyle TypeName = new(13, 14, 14, Bold: true, Capitals: true);

    /// <summary>
    /// The subject under the type name: 13–14, upright, bold, with a solid line of 1/3 to 1/2 of its length under it
    /// (Mục II, khoản 5, điểm b).
    /// </summary>
    public static readonly TextStyle Subject = new(13, 14, 14, Bold: true);

    /// <summary>
    /// A letter's subject after "V/v": 12–13, upright, centred under the number, 6 pt below it (Mục II, khoản 5,
    /// điểm b).
    /// </summary>
    public static readonly TextStyle LetterSubject = new(12, 13, 12);

    /// <summary>
    /// The body: 13–14, upright, justified, first line indented 1 cm or 1.27 cm, at least 6 pt between paragraphs,
    /// line spacing from single to 1.5 (Mục II, khoản 6, điểm e).
    /// </summary>
    public static readonly TextStyle Body = new(13, 14, 14);

    /// <summary>Section headings such as "I. KẾT QUẢ": capitals, 13–14, bold (Mục II, khoản 6, điểm đ; Mục V, 6b).</summary>
    public static readonly TextStyle SectionHeading = new(13, 14, 14, Bold: true, Capitals: true);

    /// <summary>Clause headings with a title: ordinary case, body size, bold (Mục II, khoản 6, điểm đ).</summary>
    public static readonly TextStyle ClauseHeading = new(13, 14, 14, Bold: true);

    /// <summary>
    /// Tables: the decree sets no size for them. 13, the smaller body size, keeps a row of figures on one line of a
    /// portrait page while staying within the "Times New Roman 13–14".
    /// </summary>
    public static readonly TextStyle Table = new(13, 14, 13);

    /// <summary>
    /// "Kính gửi:" and the addressees: 13–14, upright; one addressee on the same line, several each on its own line
    /// starting with "-", ending with ";" and the last with "." (Mục II, khoản 9, box 9a).
    /// </summary>
    public static readonly TextStyle Addressee = new(13, 14, 14);

    /// <summary>"Nơi nhận:": size 12, italic, bold, flush left on the line of the signer's authority (Mục II, khoản 9, box 9b).</summary>
    public static readonly TextStyle DistributionLabel = new(12, 12, 12, Bold: true, Italic: true);

    /// <summary>
    /// The distribution list: size 11, upright, one recipient per line starting with "-" at the left margin and ending
    /// with ";", the last line "Lưu: VT, …" ending with "." (Mục II, khoản 9, box 9b).
    /// </summary>
    public static readonly TextStyle DistributionItem = new(11, 11, 11);

    /// <summary>The signer's authority (TM., KT., TL., TUQ. …) and title: capitals, 13–14, upright, bold (Mục II, khoản 7, điểm đ).</summary>
    public static readonly TextStyle SignerTitle = new(13, 14, 14, Bold: true, Capitals: true);

    /// <summary>The signer's name: ordinary case, 13–14, upright, bold, centred under the title (Mục II, khoản 7, điểm đ).</summary>
    public static readonly TextStyle SignerName = new(13, 14, 14, Bold: true);

    /// <summary>
    /// First-line indent of body paragraphs: the decree allows 1 cm or 1.27 cm (Mục II, khoản 6, điểm e); 1.27 cm is
    /// Word's half inch.
    /// </summary>
    public const double FirstLineIndentMillimetres = 12.7;

    /// <summary>The least space between body paragraphs, in points (Mục II, khoản 6, điểm e).</summary>
    public const double ParagraphSpacingPoints = 6;

    /// <summary>
    /// The lines under the issuing body and the subject are 1/3 to 1/2 as long as the text (Mục II, khoản 2 điểm b,
    /// khoản 5 điểm b); Vigil draws 2/5.
    /// </summary>
    public const double ShortRuleFraction = 0.4;

    /// <summary>Millimetres to twips (1/1440 inch), rounded up.</summary>
    public static int MillimetresToTwipsCeiling(double millimetres) => (int)Math.Ceiling(millimetres * 1440 / 25.4 - 1e-9);

    /// <summary>A4 width in twips: 11906.</summary>
    public static int PaperWidthTwips => (int)Math.Round(PaperWidthMillimetres * 1440 / 25.4);

    /// <summary>A4 height in twips: 16838.</summary>
    public static int PaperHeightTwips => (int)Math.Round(PaperHeightMillimetres * 1440 / 25.4);
}
