namespace Vigil.Domain.Common;

/// <summary>An expected failure: a stable machine code, a human message and, for input problems, where it happened.</summary>
/// <param name="Code">Stable identifier such as <c>unit.code_taken</c>; clients switch on it.</param>
/// <param name="Message">Explanation for the person who caused it.</param>
/// <param name="Kind">Which class of failure, mapped once to an HTTP status at the edge.</param>
/// <param name="Location">For bad input: file, row and column, or the field name.</param>
public sealed record Error(string Code, string Message, ErrorKind Kind, string? Location = null)
{
    public static Error Validation(string code, string message, string? location = null) => new(code, message, ErrorKind.Validation, location);
    public static Error NotFound(string code, string message) => new(code, message, ErrorKind.NotFound);
    public static Error Conflict(string code, string message) => new(code, message, ErrorKind.Conflict);
    public static Error Forbidden(string code, string message) => new(code, message, ErrorKind.Forbidden);
}
