namespace Vigil.Domain.Documents;

/// <summary>Heading levels of a report laid out in parts, sections, clauses (Phụ lục I, Mục II, khoản 6, điểm đ).</summary>
public enum HeadingLevel
{
    /// <summary>A numbered section such as "I. KẾT QUẢ RÀ SOÁT": capitals, bold.</summary>
    Section,

    /// <summary>A clause with a title such as "1. Máy tính": ordinary case, bold.</summary>
    Clause,
}
