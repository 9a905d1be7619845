using System.Net.Http.Headers;
using System.Text.RegularExpressions;

namespace Vigil.Bench.InventoryLoad;

/// <summary>One agent run against an OCS communication server: optionally the PROLOG, then the INVENTORY.</summary>
internal sealed partial class OcsContact(HttpClient http, Uri url, byte[][] inventories, byte[][]? prologs)
{
    public async Task<ContactOutcome> SendAsync(int machine, CancellationToken ct)
    {
        if (prologs is not null)
        {
            var prolog = await PostAsync(prologs[machine], ct);
            if (prolog.Error is not null)
            {
                return prolog;
            }
        }

        return await PostAsync(inventories[machine], ct);
    }

    private async Task<ContactOutcome> PostAsync(byte[] body, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = new ByteArrayContent(body) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue(OcsPayload.ContentType);
        request.Headers.Pragma.ParseAdd("no-cache");
        request.Headers.UserAgent.ParseAdd(OcsPayload.UserAgent);
        using var response = await http.SendAsync(request, ct);
        var answer = await response.Content.ReadAsByteArrayAsync(ct);
        if (!response.IsSuccessStatusCode)
        {
            return ContactOutcome.Failed($"HTTP {(int)response.StatusCode}: {Preview(answer)}");
        }

        string reply;
        try
        {
            reply = OcsPayload.Decompress(answer);
        }
        catch (InvalidDataException)
        {
            return ContactOutcome.Failed($"answer is not zlib data: {Preview(answer)}");
        }

        var status = ResponseElement().Match(reply);
        return status.Success ? ContactOutcome.Ok(status.Groups[1].Value) : ContactOutcome.Failed($"no <RESPONSE> in the reply: {reply[..Math.Min(reply.Length, 300)]}");
    }

    private static string Preview(byte[] answer) => System.Text.Encoding.UTF8.GetString(answer, 0, Math.Min(answer.Length, 300));

    [GeneratedRegex(@"<RESPONSE>([^<]*)</RESPONSE>")]
    private static partial Regex ResponseElement();
}
