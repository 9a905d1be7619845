namespace Vigil.Domain.Documents;

/// <summary>
/// What sort of administrative document this is. It decides where the subject goes: under the type name for a
/// titled document (Phụ lục I, Mục II, khoản 5, điểm b, box 5a), after "V/v" under the number for a letter (box 5b).
/// </summary>
public abstract record DocumentKind
{
    private protected DocumentKind(string subject) => Subject = subject;

    /// <summary>The subject (trích yếu): one short sentence or phrase that sums the document up.</summary>
    public string Subject { get; }
}
