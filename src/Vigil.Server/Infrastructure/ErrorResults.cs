using Vigil.Domain.Common;

namespace Vigil.Server.Infrastructure;

/// <summary>The one mapping from a use case's <see cref="Error"/> to an HTTP ProblemDetails response.</summary>
internal static class ErrorResults
{
    public static int StatusOf(Error error) => error.Kind switch
    {
        ErrorKind.Validation => StatusCodes.Status400BadRequest,
        ErrorKind.NotFound => StatusCodes.Status404NotFound,
        ErrorKind.Conflict => StatusCodes.Status409Conflict,
        ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
        ErrorKind.Unavailable => StatusCodes.Status503ServiceUnavailable,
        _ => StatusCodes.Status500InternalServerError,
    };

    public static IResult ToProblem(this Error error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var extensions = new Dictionary<string, object?> { ["errorCode"] = error.Code };
        if (error.Location is not null)
        {
            extensions["location"] = error.Location;
        }

        return TypedResults.Problem(detail: error.Message, statusCode: StatusOf(error), title: error.Code, extensions: extensions);
    }

    /// <summary>200 with the value, or the error as ProblemDetails.</summary>
    public static IResult ToHttp<T>(this Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();
}
