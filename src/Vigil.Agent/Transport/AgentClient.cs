using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using Vigil.Contracts;
using Vigil.Contracts.Agent;

namespace Vigil.Agent.Transport;

/// <summary>The agent protocol over one HttpClient (see <see cref="AgentHttp"/>).</summary>
internal sealed class AgentClient(HttpClient http, string? credential = null)
{
    private static readonly System.Text.CompositeFormat s_commandResult = System.Text.CompositeFormat.Parse(AgentProtocol.CommandResult);

    public async Task<EnrolResponseDto> EnrolAsync(EnrolRequestDto request, CancellationToken ct)
    {
        using var response = await http.PostAsJsonAsync(AgentProtocol.Enrol, request, VigilJsonContext.Default.EnrolRequestDto, ct);
        if (!response.IsSuccessStatusCode)
        {
            var detail = await response.Content.ReadAsStringAsync(ct);
            throw new HttpRequestException($"Enrolment refused ({(int)response.StatusCode}): {Shorten(detail)}", null, response.StatusCode);
        }

        return await response.Content.ReadFromJsonAsync(VigilJsonContext.Default.EnrolResponseDto, ct)
            ?? throw new HttpRequestException("Empty enrolment response.");
    }

    /// <summary>Sends one spooled report as stored on disk (the bytes are not re-serialised).</summary>
    public async Task<(DeliveryOutcome Outcome, InventoryReceiptDto? Receipt, string? Problem)> SendInventoryAsync(string idempotencyKey, byte[] json, CancellationToken ct)
    {
        using var request = Authorised(HttpMethod.Post, AgentProtocol.Inventory);
        request.Headers.Add(AgentProtocol.IdempotencyKeyHeader, idempotencyKey);
        request.Content = new ByteArrayContent(json);
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        try
        {
            using var response = await http.SendAsync(request, ct);
            if (response.IsSuccessStatusCode)
            {
                var receipt = await response.Content.ReadFromJsonAsync(VigilJsonContext.Default.InventoryReceiptDto, ct);
                return (DeliveryOutcome.Delivered, receipt, null);
            }

            var problem = Shorten(await response.Content.ReadAsStringAsync(ct));
            return (Classify(response.StatusCode), null, $"{(int)response.StatusCode} {problem}");
        }
        catch (HttpRequestException e)
        {
            return (DeliveryOutcome.RetryLater, null, e.Message);
        }
        catch (TaskCanceledException e) when (!ct.IsCancellationRequested)
        {
            return (DeliveryOutcome.RetryLater, null, "timeout: " + e.Message);
        }
    }

    /// <returns>The answer, or the HTTP status when the server refused.</returns>
    public async Task<(HeartbeatResponseDto? Response, HttpStatusCode? Status)> HeartbeatAsync(HeartbeatRequestDto body, CancellationToken ct)
    {
        using var request = Authorised(HttpMethod.Post, AgentProtocol.Heartbeat);
        request.Content = JsonContent.Create(body, VigilJsonContext.Default.HeartbeatRequestDto);
        using var response = await http.SendAsync(request, ct);
        return response.IsSuccessStatusCode
            ? (await response.Content.ReadFromJsonAsync(VigilJsonContext.Default.HeartbeatResponseDto, ct), response.StatusCode)
            : (null, response.StatusCode);
    }

    public async Task<HttpStatusCode> ReportResultAsync(Guid commandId, CommandResultDto result, CancellationToken ct)
    {
        using var request = Authorised(HttpMethod.Post, string.Format(System.Globalization.CultureInfo.InvariantCulture, s_commandResult, commandId));
        request.Content = JsonContent.Create(result, VigilJsonContext.Default.CommandResultDto);
        using var response = await http.SendAsync(request, ct);
        return response.StatusCode;
    }

    private static DeliveryOutcome Classify(HttpStatusCode status) => (int)status switch
    {
        401 or 403 => DeliveryOutcome.Unauthorized,
        400 or 413 or 415 or 422 => DeliveryOutcome.Rejected,
        _ => DeliveryOutcome.RetryLater,
    };

    private HttpRequestMessage Authorised(HttpMethod method, string path)
    {
        var request = new HttpRequestMessage(method, path);
        if (credential is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", credential);
        }

        return request;
    }

    private static string Shorten(string text) => text.Length > 300 ? text[..300] + "…" : text;
}
