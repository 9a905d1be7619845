namespace Vigil.Domain.Documents;

/// <summary>
/// A document with a type name such as BÁO CÁO, KẾ HOẠCH or TỜ TRÌNH, printed centred above its subject.
/// </summary>
/// <param name="TypeName">The type name; printed in capitals whatever case it is given in.</param>
/// <param name="Subject">The subject line under the type name, e.g. "Kết quả rà soát máy tính sử dụng Windows XP, Windows 7".</param>
public sealed record TitledDocument(string TypeName, string Subject) : DocumentKind(Subject)
{
    /// <summary>The type name of a report.</summary>
    public const string Report = "BÁO CÁO";
}
