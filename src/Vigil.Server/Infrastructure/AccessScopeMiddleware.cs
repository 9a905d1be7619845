using Vigil.Server.Features.Account;
using Vigil.Storage;

namespace Vigil.Server.Infrastructure;

/// <summary>
/// Fills the request's <see cref="AccessContext"/> from the signed-in user, so every query and save of this request
/// is limited to that user's units. Anonymous requests keep <see cref="Domain.Access.AccessScope.None"/>.
/// </summary>
internal sealed class AccessScopeMiddleware(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context, AccessContext access, ScopeLoader loader)
    {
        if (context.User.Identity?.IsAuthenticated == true)
        {
            await loader.FillAsync(access, context.User, context.RequestAborted);
        }

        await next(context);
    }
}
