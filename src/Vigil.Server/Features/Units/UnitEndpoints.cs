using Vigil.Contracts.V1;
using Vigil.Server.Hosting;
using Vigil.Server.Infrastructure;

namespace Vigil.Server.Features.Units;

internal static class UnitEndpoints
{
    public static RouteGroupBuilder MapUnitEndpoints(this RouteGroupBuilder api)
    {
        var units = api.MapGroup("/units").WithTags("Units");
        units.MapGet("/", async (UnitService s, CancellationToken ct) => TypedResults.Ok((await s.ListAsync(ct)).ConvertAll(u => u.ToDto())))
            .WithSummary("The units you can see, parents before children.");
        units.MapGet("/{unitId:guid}", async (Guid unitId, UnitService s, CancellationToken ct) => (await s.GetAsync(unitId, ct)).Map(u => u.ToDto()).ToHttp());
        units.MapPost("/", async (UnitWriteDto body, UnitService s, CancellationToken ct) => (await s.CreateAsync(body, ct)).Map(u => u.ToDto()).ToHttp())
            .RequireAuthorization(VigilAuthentication.ManageUnits).WithSummary("Create a unit under a parent in your scope.");
        units.MapPut("/{unitId:guid}", async (Guid unitId, UnitWriteDto body, UnitService s, CancellationToken ct) => (await s.UpdateAsync(unitId, body, ct)).Map(u => u.ToDto()).ToHttp())
            .WithSummary("Rename a unit or change its details; fields left null keep their value.");
        units.MapPost("/{unitId:guid}/move", async (Guid unitId, UnitMoveDto body, UnitService s, CancellationToken ct) => (await s.MoveAsync(unitId, body.NewParentId, ct)).Map(u => u.ToDto()).ToHttp())
            .RequireAuthorization(VigilAuthentication.ManageUnits).WithSummary("Move a unit and its subtree.");
        units.MapDelete("/{unitId:guid}", async (Guid unitId, UnitService s, CancellationToken ct) => (await s.DeleteAsync(unitId, ct)).Map(u => u.ToDto()).ToHttp())
            .RequireAuthorization(VigilAuthentication.ManageUnits).WithSummary("Remove an empty unit.");
        units.MapPost("/import", async (IFormFile file, UnitService s, CancellationToken ct) =>
            {
                if (file.Length > UnitService.MaxImportBytes)
                {
                    return Results.Problem(statusCode: StatusCodes.Status413PayloadTooLarge, title: "import.too_large", detail: $"{file.FileName}: larger than {UnitService.MaxImportBytes} bytes.");
                }

                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer, ct);
                var result = await s.ImportCsvAsync(buffer.ToArray(), ct);
                return result.Errors.Count == 0 ? Results.Ok(result) : Results.UnprocessableEntity(result);
            })
            .RequireAuthorization(VigilAuthentication.ManageUnits)
            .DisableAntiforgery() // Bearer-token API: no cookie, so no cross-site request can ride it.
            .WithSummary("Import units from an organisation CSV (multipart field 'file'); all or nothing, errors located by row and column.");
        return units;
    }
}
