namespace Vigil.Storage;

/// <summary>
/// Thrown when a save would touch a unit outside the caller's scope. Use cases check scope first and return a
/// typed error, so reaching this means a bug or an attack; the server maps it to 403.
/// </summary>
public sealed class ScopeViolationException : Exception
{
    public ScopeViolationException()
    {
    }

    public ScopeViolationException(string message)
        : base(message)
    {
    }

    public ScopeViolationException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
