using System.Net.Http.Headers;
using System.Text.Json;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Bench.InventoryLoad;

/// <summary>One inventory delivery of an enrolled Vigil agent: its credential, a fresh idempotency key, the JSON body.</summary>
internal sealed class AgentContact(HttpClient http, Uri baseUrl, StampedBody[] inventories, string[] credentials)
{
    private readonly Uri _inventoryUrl = new(baseUrl, AgentProtocol.Inventory);

    public async Task<ContactOutcome> SendAsync(int machine, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, _inventoryUrl)
        {
            Content = new ByteArrayContent(inventories[machine].At(TimeProvider.System.GetUtcNow().UtcDateTime)),
        };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(AgentPayload.ContentType);
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credentials[machine]);
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, Guid.NewGuid().ToString("N"));
        using var response = await http.SendAsync(request, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            return ContactOutcome.Failed($"HTTP {(int)response.StatusCode}: {System.Text.Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 300))}");
        }

        try
        {
            var receipt = JsonSerializer.Deserialize(answer, VigilJsonContext.Default.InventoryReceiptDto);
            return receipt is null ? ContactOutcome.Failed("empty receipt") : ContactOutcome.Ok(receipt.Status);
        }
        catch (JsonException e)
        {
            return ContactOutcome.Failed("receipt is not JSON: " + e.Message);
        }
    }
}
