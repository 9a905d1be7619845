using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Bench.InventoryLoad;

/// <summary>
/// Enrols one simulated agent per machine before the timed phase, as an officer and an agent would: an enrolment
/// token created through /api/v1 by an administrator, exchanged once at /agent/v1/enrol for the agent's credential.
/// </summary>
internal sealed class AgentEnroller(HttpClient http, Uri baseUrl, string apiToken, Guid unitId)
{
    public async Task<string[]> EnrolAsync(IReadOnlyList<MachineIdentity> machines, int concurrency, CancellationToken ct)
    {
        var credentials = new string[machines.Count];
        await Parallel.ForAsync(0, machines.Count, new ParallelOptions { MaxDegreeOfParallelism = concurrency, CancellationToken = ct }, async (i, token) =>
            credentials[i] = await EnrolOneAsync(machines[i], token));
        return credentials;
    }

    private async Task<string> EnrolOneAsync(MachineIdentity machine, CancellationToken ct)
    {
        using var create = new HttpRequestMessage(HttpMethod.Post, new Uri(baseUrl, $"api/v1/units/{unitId}/enrolment-tokens"))
        {
            Content = JsonContent.Create(new JsonObject { ["expiresInDays"] = 1, ["note"] = "inventory-load " + machine.Hostname }),
        };
        create.Headers.Authorization = new AuthenticationHeaderValue("Bearer", apiToken);
        using var created = await http.SendAsync(create, ct);
        await EnsureAsync(created, "creating an enrolment token", ct);
        var secret = (await created.Content.ReadFromJsonAsync<JsonObject>(ct))?["secret"]?.GetValue<string>()
            ?? throw new InvalidDataException("The enrolment token answer has no secret.");

        var request = new EnrolRequestDto(secret, machine.Hostname, machine.Uuid, "inventory-load", "linux");
        using var enrolled = await http.PostAsJsonAsync(new Uri(baseUrl, AgentProtocol.Enrol), request, VigilJsonContext.Default.EnrolRequestDto, ct);
        await EnsureAsync(enrolled, "enrolling", ct);
        var answer = await enrolled.Content.ReadFromJsonAsync(VigilJsonContext.Default.EnrolResponseDto, ct)
            ?? throw new InvalidDataException("The enrolment answer is empty.");
        return answer.Credential;
    }

    private static async Task EnsureAsync(HttpResponseMessage response, string what, CancellationToken ct)
    {
        if (!response.IsSuccessStatusCode)
        {
            var body = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"{what} failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 500)]}");
        }
    }
}
