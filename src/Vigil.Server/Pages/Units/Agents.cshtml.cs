using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using Vigil.Contracts.V1;
using Vigil.Domain.Agents;
using Vigil.Domain.Common;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Agents;
using Vigil.Server.Features.Units;
using Vigil.Storage;

namespace Vigil.Server.Pages.Units;

/// <summary>A unit's Vigil agents and enrolment tokens; the same use cases as /api/v1.</summary>
public sealed class AgentsModel(
    UnitService units,
    EnrolmentTokenService tokens,
    AgentAdminService agents,
    AccessContext access,
    TimeProvider clock,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid UnitId { get; set; }

    public OrgUnit? Unit { get; private set; }

    public List<AgentDto> Agents { get; private set; } = [];

    public List<EnrolmentTokenDto> Tokens { get; private set; } = [];

    public bool CanEdit => Unit is not null && access.Scope.CanWrite(Unit.Id);

    public PageMessages Messages { get; } = new();

    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    public Task<IActionResult> OnGetAsync(CancellationToken ct) => LoadAsync(ct);

    public async Task<IActionResult> OnPostCreateTokenAsync(int? tokenDays, string? tokenNote, CancellationToken ct)
    {
        var result = await tokens.CreateAsync(UnitId, new EnrolmentTokenCreateDto(tokenDays, tokenNote), ct);
        if (result.IsSuccess)
        {
            Messages.Secret = result.Value!.Secret;
            Messages.SecretLabel = text["Agents.TokenSecret"];
        }

        return await After(result.Error, ct);
    }

    public async Task<IActionResult> OnPostRevokeTokenAsync(Guid enrolmentTokenId, CancellationToken ct) =>
        await After((await tokens.RevokeAsync(UnitId, enrolmentTokenId, ct)).Error, ct, "Agents.TokenRevoked");

    public async Task<IActionResult> OnPostRevokeAgentAsync(Guid agentId, CancellationToken ct) =>
        await After(await InThisUnitAsync(agentId, ct) ?? (await agents.RevokeAsync(agentId, ct)).Error, ct, "Agents.AgentRevoked");

    public async Task<IActionResult> OnPostCollectAsync(Guid agentId, CancellationToken ct) =>
        await After(
            await InThisUnitAsync(agentId, ct) ?? (await agents.CreateCommandAsync(agentId, new AgentCommandCreateDto(AgentCommandKinds.CollectInventory), ct)).Error,
            ct,
            "Agents.CollectRequested");

    private async Task<Error?> InThisUnitAsync(Guid agentId, CancellationToken ct)
    {
        var agent = await agents.GetAsync(agentId, ct);
        return agent.IsSuccess && agent.Value!.UnitId != UnitId ? Error.NotFound("agent.not_found", "No such agent in this unit.") : agent.Error;
    }

    private async Task<IActionResult> After(Error? error, CancellationToken ct, string? successKey = null)
    {
        if (error is not null)
        {
            Messages.Add(error, text);
            Response.StatusCode = Infrastructure.ErrorResults.StatusOf(error);
        }
        else if (successKey is not null)
        {
            Messages.Success = text[successKey];
        }

        return await LoadAsync(ct);
    }

    private async Task<IActionResult> LoadAsync(CancellationToken ct)
    {
        var unit = await units.GetAsync(UnitId, ct);
        if (!unit.IsSuccess)
        {
            return NotFound();
        }

        Unit = unit.Value;
        Agents = (await agents.ListAsync(UnitId, ct)).Value ?? [];
        Tokens = (await tokens.ListAsync(UnitId, ct)).Value ?? [];
        return Page();
    }
}
