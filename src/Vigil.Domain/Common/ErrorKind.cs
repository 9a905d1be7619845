namespace Vigil.Domain.Common;

public enum ErrorKind
{
    Validation,
    NotFound,
    Conflict,
    Forbidden,

    /// <summary>A program or service the operation needs is missing or failed (e.g. LibreOffice for PDF); 503 at the edge.</summary>
    Unavailable,
}
