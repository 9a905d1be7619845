using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Security.Cryptography;
using Vigil.Contracts.V1;

namespace Vigil.Server.Tests.Directives;

/// <summary>The original letter stored with a directive: type and size limits, download by the units it addresses.</summary>
public sealed class DirectiveAttachmentTests() : TwoBranchServerTests()
{
    [Fact]
    public async Task Letter_IsStoredWithItsHash_AndReadableByAddressedUnits_NotChangeableByThem()
    {
        using var coordinator = await Server.ApiClientAsync("coord.p");
        var created = await coordinator.PostAsJsonAsync("/api/v1/directives", new DirectiveCreateDto(
            World.Province.Id, "xp7-cisco", "12/UBND-VHTT", null, "UBND tỉnh", null, new DateOnly(2024, 5, 15), null, null, new DateOnly(2024, 5, 23), "14:00", null, null, null, 0));
        var directive = await TestServer.ReadAsync<DirectiveDto>(created);
        var path = $"/api/v1/directives/{directive.Id}/attachments";
        var letter = "%PDF-1.4\n% công văn 12/UBND-VHTT\n"u8.ToArray();

        var stored = await TestServer.ReadAsync<DirectiveAttachmentDto>(await coordinator.PostAsync(path, File("12-UBND-VHTT.pdf", letter, "application/pdf")));
        Assert.Equal((letter.Length, Convert.ToHexStringLower(SHA256.HashData(letter)), "12-UBND-VHTT.pdf"), (stored.Size, stored.Sha256, stored.FileName));

        var wrongType = await coordinator.PostAsync(path, File("letter.exe", letter, "application/octet-stream"));
        Assert.Equal(HttpStatusCode.BadRequest, wrongType.StatusCode);
        Assert.Contains("directive.attachment_type", await wrongType.Content.ReadAsStringAsync());
        var empty = await coordinator.PostAsync(path, File("empty.pdf", [], "application/pdf"));
        Assert.Equal(HttpStatusCode.BadRequest, empty.StatusCode);

        using var officer = await Server.ApiClientAsync("officer.a");
        var download = await officer.GetAsync($"{path}/{stored.Id}");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(letter, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.PostAsync(path, File("mine.pdf", letter, "application/pdf"))).StatusCode);
        Assert.Single((await officer.GetFromJsonAsync<DirectiveDto>($"/api/v1/directives/{directive.Id}"))!.Attachments);
    }

    private static MultipartFormDataContent File(string name, byte[] content, string type)
    {
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(type);
        return new MultipartFormDataContent { { file, "file", name } };
    }
}
