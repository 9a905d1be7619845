using Microsoft.EntityFrameworkCore;
using Vigil.Contracts.V1;
using Vigil.Server.Infrastructure;
using Vigil.Storage;

namespace Vigil.Server.Features.Account;

internal static class AccountEndpoints
{
    public static RouteGroupBuilder MapAccountEndpoints(this RouteGroupBuilder api)
    {
        var me = api.MapGroup("/me").WithTags("Account");
        me.MapGet("/", async (VigilDbContext db, CancellationToken ct) =>
        {
            var user = await db.Users.AsNoTracking().Include(u => u.Units).FirstAsync(u => u.Id == db.Access.ActorId, ct);
            return TypedResults.Ok(new MeDto(user.Id, user.UserName, user.DisplayName, user.Role.ToString(), user.Units.ConvertAll(b => b.UnitId)));
        });
        me.MapPost("/password", async (PasswordChangeDto body, PasswordService s, CancellationToken ct) =>
            (await s.ChangeOwnAsync(body.CurrentPassword, body.NewPassword, ct)).Map(_ => new { changed = true }).ToHttp());
        me.MapGet("/tokens", async (TokenService s, CancellationToken ct) => TypedResults.Ok(await s.ListOwnAsync(ct)));
        me.MapPost("/tokens", async (TokenCreateDto body, TokenService s, CancellationToken ct) => (await s.CreateAsync(body, ct)).ToHttp())
            .WithSummary("Create a token with your own scope; the secret is in this response only.");
        me.MapDelete("/tokens/{tokenId:guid}", async (Guid tokenId, TokenService s, CancellationToken ct) => (await s.RevokeAsync(tokenId, ct)).ToHttp());
        return me;
    }
}
