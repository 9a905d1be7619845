using System.Net;
using System.Net.Http.Json;
using System.Text;
using Vigil.Contracts.V1;
using Vigil.TestKit;

namespace Vigil.Server.Tests;

/// <summary>Organisation CSV import through the API: all or nothing, errors located by row and column.</summary>
public sealed class ImportTests : AdminApiTests
{
    [Fact]
    public async Task RealFile_ImportsTheTree_AndReimportUpdates()
    {
        var file = await File.ReadAllBytesAsync(RepositoryFiles.Fixture("units", "lang-son.csv"));
        var first = await PostAsync(file, "lang-son.csv");
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var result = await TestServer.ReadAsync<UnitImportResultDto>(first);
        var units = await Admin.GetFromJsonAsync<List<UnitDto>>("/api/v1/units");
        Assert.Equal(result.Created, units!.Count);
        Assert.True(result.Created >= 5);
        Assert.All(units.Where(u => u.ParentId is not null), u => Assert.Contains(units, p => p.Id == u.ParentId));

        var again = await TestServer.ReadAsync<UnitImportResultDto>(await PostAsync(file, "lang-son.csv"));
        Assert.Equal(0, again.Created);
        Assert.Equal(result.Created, again.Updated);
    }

    [Fact]
    public async Task BadRows_AreReportedPrecisely_AndNothingChanges()
    {
        var csv = "code,name,parent_code,kind\nOK1,Tỉnh A,,Province\nOK2,Xã B,OK1,xã\n,Không mã,OK1,School\nBAD4,Sai loại,OK1,Castle\nBAD5,Cha lạ,NOPE,School\n";
        var response = await PostAsync(Encoding.UTF8.GetBytes(csv), "units.csv");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await TestServer.ReadAsync<UnitImportResultDto>(response);
        Assert.Contains(result.Errors, e => e.Row == 4 && e.Column == "code");
        Assert.Contains(result.Errors, e => e.Row == 5 && e.Column == "kind");
        Assert.Empty((await Admin.GetFromJsonAsync<List<UnitDto>>("/api/v1/units"))!);
    }

    [Fact]
    public async Task Coordinator_CannotImportOutsideTheirSubtree()
    {
        var world = await TwoBranchWorld.SeedAsync(Server);
        var coordinator = await Server.ApiClientAsync("coord.a");
        var csv = $"code,name,parent_code,kind\nA-NEW,Trường mới,A,School\nB-NEW,Trường lạ,{world.B.Code},School\n";
        var response = await PostAsync(Encoding.UTF8.GetBytes(csv), "x.csv", coordinator);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        var result = await TestServer.ReadAsync<UnitImportResultDto>(response);
        var error = Assert.Single(result.Errors);
        Assert.Equal((3, "parent_code"), (error.Row, error.Column));
        Assert.Equal(0, await Server.WithSystemDbAsync(db => Task.FromResult(db.Units.Count(u => u.Code == "A-NEW"))));
    }

    private Task<HttpResponseMessage> PostAsync(byte[] file, string name, HttpClient? client = null)
    {
        var form = new MultipartFormDataContent { { new ByteArrayContent(file), "file", name } };
        return (client ?? Admin).PostAsync("/api/v1/units/import", form);
    }
}
