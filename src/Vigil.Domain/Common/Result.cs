namespace Vigil.Domain.Common;

/// <summary>The outcome of a use case: a value or an <see cref="Error"/>. Exceptions are reserved for bugs.</summary>
public readonly record struct Result<T>
{
    private Result(T? value, Error? error)
    {
        Value = value;
        Error = error;
    }

    public T? Value { get; }

    public Error? Error { get; }

    public bool IsSuccess => Error is null;

    public static Result<T> Ok(T value) => new(value, null);

    public static Result<T> Fail(Error error) => new(default, error);

    /// <summary>Transforms the value of a success; passes an error through.</summary>
    public Result<TOut> Map<TOut>(Func<T, TOut> map)
    {
        ArgumentNullException.ThrowIfNull(map);
        return IsSuccess ? Result<TOut>.Ok(map(Value!)) : Result<TOut>.Fail(Error!);
    }

#pragma warning disable CA2225 // Implicit conversions keep use-case code readable; Ok/Fail are the named alternates.
    public static implicit operator Result<T>(T value) => Ok(value);

    public static implicit operator Result<T>(Error error) => Fail(error);
#pragma warning restore CA2225
}
