using System.Net.Http.Json;
using Vigil.Contracts.V1;
using Vigil.Storage;
using Vigil.TestKit;

namespace Vigil.Server.Tests;

/// <summary>A server started on a stored version-1 database upgrades it in place and serves its data.</summary>
public sealed class UpgradeOnStartTests
{
    [Fact]
    public async Task ServerOnV1Database_MigratesAndServesOldData()
    {
        using var dir = new TempDirectory();
        File.Copy(RepositoryFiles.Fixture("schema-v1", "vigil-v1.db"), Path.Combine(dir.Path, "vigil.db"));
        Assert.Equal(1, await SchemaMigrator.CurrentVersionAsync(StorageProvider.Sqlite, $"Data Source={Path.Combine(dir.Path, "vigil.db")};Pooling=False"));

        await using var server = await TestServer.StartInAsync(dir.Path);
        Assert.Equal("Healthy", await server.Anonymous().GetStringAsync("/readyz"));
        var adminName = await server.WithSystemDbAsync(db => Task.FromResult(db.Users.First(u => u.Role == Domain.Access.Role.Administrator).UserName));
        var api = await server.ApiClientAsync(adminName);
        var units = (await api.GetFromJsonAsync<List<UnitDto>>("/api/v1/units"))!;
        Assert.Contains(units, u => u.Name.Contains("Mường Ảng", StringComparison.Ordinal));
        var computers = await server.WithSystemDbAsync(db => Task.FromResult(db.Computers.Count()));
        Assert.Equal(0, computers);
    }
}
