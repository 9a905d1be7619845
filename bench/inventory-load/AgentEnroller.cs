using System.Net;
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
    // Enrolment is set-up, not the measurement: a few clients at a time, as officers enrol machines.
    private const int SetupConcurrency = 4;
    private const int Attempts = 5;
    private int _retries;

    /// <summary>Server errors (5xx) answered during enrolment and retried; reported, since a real agent would retry too.</summary>
    public int Retries => _retries;

    public async Task<string[]> EnrolAsync(IReadOnlyList<MachineIdentity> machines, CancellationToken ct)
    {
        var credentials = new string[machines.Count];
        await Parallel.ForAsync(0, machines.Count, new ParallelOptions { MaxDegreeOfParallelism = SetupConcurrency, CancellationToken = ct }, async (i, token) =>
        {
            for (var attempt = 1; ; attempt++)
            {
                try
                {
                    credentials[i] = await EnrolOneAsync(machines[i], token);
                    return;
                }
                catch (HttpRequestException e) when (attempt < Attempts && e.StatusCode is >= HttpStatusCode.InternalServerError)
                {
                    if (Interlocked.Increment(ref _retries) <= 3)
                    {
                        Measurement.Progress($"enrolment retried after: {e.Message}");
                    }

                    await Task.Delay(100 * attempt, token);
                }
            }
        });
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
            throw new HttpRequestException($"{what} failed: {(int)response.StatusCode} {body[..Math.Min(body.Length, 300)]}", null, response.StatusCode);
        }
    }
}
