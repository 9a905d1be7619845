namespace Vigil.Domain.Common;

/// <summary>
/// A deliberately simple e-mail check (one '@', a dotted domain, no spaces or angle brackets). It catches typing
/// mistakes in imports; System.Net.Mail.MailAddress would accept display-name forms like "A &lt;a@b&gt;".
/// </summary>
public static class EmailAddress
{
    public const int MaxLength = 254;

    public static bool LooksValid(string? value)
    {
        if (string.IsNullOrEmpty(value) || value.Length > MaxLength)
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        if (at <= 0 || at != value.LastIndexOf('@') || at == value.Length - 1)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c) || c is '<' or '>' or ',' or ';' or '"' or '(' or ')' or '[' or ']' or '\\')
            {
                return false;
            }
        }

        var domain = value.AsSpan(at + 1);
        return domain.Contains('.') && domain[0] != '.' && domain[^1] != '.' && !domain.Contains("..", StringComparison.Ordinal);
    }
}
