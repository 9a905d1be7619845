namespace Vigil.Domain.Documents;

/// <summary>
/// In whose stead the signer signs; each is printed as its abbreviation before the body or head's title
/// (Phụ lục I, Mục II, khoản 7, điểm b).
/// </summary>
public enum SigningCapacity
{
    /// <summary>"TM." — on behalf of a collective body, e.g. "TM. ỦY BAN NHÂN DÂN".</summary>
    OnBehalfOf,

    /// <summary>"KT." — a deputy signing for the head, e.g. "KT. GIÁM ĐỐC".</summary>
    Deputy,

    /// <summary>"TL." — by order of the head.</summary>
    ByOrder,

    /// <summary>"TUQ." — under the head's written delegation.</summary>
    ByDelegation,
}
