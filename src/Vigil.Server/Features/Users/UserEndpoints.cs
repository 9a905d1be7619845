using Vigil.Contracts.V1;
using Vigil.Server.Hosting;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Users;

internal static class UserEndpoints
{
    public static RouteGroupBuilder MapUserEndpoints(this RouteGroupBuilder api)
    {
        var users = api.MapGroup("/users").WithTags("Users").RequireAuthorization(VigilAuthentication.ManageUsers);
        users.MapGet("/", async (UserService s, CancellationToken ct) => TypedResults.Ok(await s.ListAsync(ct)));
        users.MapGet("/{userId:guid}", async (Guid userId, UserService s, CancellationToken ct) => (await s.GetAsync(userId, ct)).ToHttp());
        users.MapPost("/", async (UserWriteDto body, UserService s, CancellationToken ct) => (await s.CreateAsync(body, ct)).ToHttp())
            .WithSummary("Create an account; without a password, a generated one is returned once.");
        users.MapPut("/{userId:guid}", async (Guid userId, UserWriteDto body, UserService s, CancellationToken ct) => (await s.UpdateAsync(userId, body, ct)).ToHttp())
            .WithSummary("Change name, e-mail, role, units or disable an account; null fields keep their value.");
        users.MapPost("/{userId:guid}/reset-password", async (Guid userId, UserService s, CancellationToken ct) => (await s.ResetPasswordAsync(userId, ct)).Map(p => new { password = p }).ToHttp())
            .WithSummary("Generate a new one-time password, unlock the account and end its sessions.");
        return users;
    }
}
