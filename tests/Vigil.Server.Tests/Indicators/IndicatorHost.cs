using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Indicators;

/// <summary>Calls of the indicator API used by several tests.</summary>
internal static class IndicatorHost
{
    public const string KillSwitch = "iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com";

    /// <summary>A CERT-style list: two C2 addresses, a C2 domain, a private address, a kill switch, a typo and a comment.</summary>
    public const string Letter = """
        # Phụ lục: danh sách máy chủ điều khiển
        185.220.101[.]1
        hxxp://45.137.21.9/gate.php
        c2-wannacry-test.top
        10.20.30.40
        iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea[.]com
        300.1.2.3
        """;

    public static MultipartFormDataContent Form(Guid? unitId, IEnumerable<OverrideRequestDto>? overrides, string? source, params (string Name, string Text)[] files)
    {
        var form = new MultipartFormDataContent();
        foreach (var (name, text) in files)
        {
            form.Add(new ByteArrayContent(Encoding.UTF8.GetBytes(text)), "files", name);
        }

        if (unitId is { } unit)
        {
            form.Add(new StringContent(unit.ToString()), "unitId");
        }

        if (overrides is not null)
        {
            form.Add(new StringContent(JsonSerializer.Serialize(overrides.ToList(), Contracts.VigilJsonContext.Default.ListOverrideRequestDto)), "overrides");
        }

        if (source is not null)
        {
            form.Add(new StringContent(source), "source");
        }

        return form;
    }

    public static async Task<ImportResultDto> ImportAsync(HttpClient api, Guid unitId, string text, bool dryRun = false, IEnumerable<OverrideRequestDto>? overrides = null, string? source = null)
    {
        var response = await api.PostAsync("/api/v1/indicators/import" + (dryRun ? "?dryRun=true" : ""), Form(unitId, overrides, source, ("cv-144.txt", text)));
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return await TestServer.ReadAsync<ImportResultDto>(response);
    }

    public static async Task<T> OkAsync<T>(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return await TestServer.ReadAsync<T>(response);
    }

    public static async Task<string> ErrorCodeAsync(HttpResponseMessage response)
    {
        var body = await response.Content.ReadFromJsonAsync<JsonElement>();
        return body.GetProperty("errorCode").GetString()!;
    }
}
