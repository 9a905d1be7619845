using Microsoft.AspNetCore.Diagnostics;
using Vigil.Storage;

namespace Vigil.Server.Infrastructure;

/// <summary>The storage guard's last line of defence surfaces as 403, never as a 500 with details.</summary>
internal sealed class ScopeViolationHandler(IProblemDetailsService problems, ILogger<ScopeViolationHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        if (exception is not ScopeViolationException violation)
        {
            return false; // The exception handler middleware logs it once and answers 500.
        }

        Log.ScopeViolation(logger, violation.Message);
        httpContext.Response.StatusCode = StatusCodes.Status403Forbidden;
        return await problems.TryWriteAsync(new ProblemDetailsContext
        {
            HttpContext = httpContext,
            ProblemDetails = { Status = 403, Title = "Forbidden", Detail = "This change touches a unit outside your scope." },
        });
    }
}
