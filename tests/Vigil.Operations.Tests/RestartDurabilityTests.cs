using Vigil.TestKit;

namespace Vigil.Operations.Tests;

public sealed class RestartDurabilityTests
{
    [Fact]
    public async Task Data_written_through_the_api_survives_a_kill_and_restart_on_sqlite()
    {
        using var temp = new TempDirectory();
        var data = $"--Storage:DataDirectory={temp.Combine("data")}";
        string token;
        await using (var first = await ServerProcess.StartAsync(temp.Path, "a", data))
        {
            token = await WebSession.AdminTokenAsync(first);
            using var api = WebSession.Api(first, token);
            await WebSession.CreateRootUnitAsync(api, "KILL-1", "Trước khi tắt 1");
            await WebSession.CreateRootUnitAsync(api, "KILL-2", "Trước khi tắt 2");

            // No graceful shutdown: whatever the API acknowledged must already be durable.
            await first.KillAsync();
        }

        await using var second = await ServerProcess.StartAsync(temp.Path, "a", data);
        using var again = WebSession.Api(second, token);
        var codes = await WebSession.UnitCodesAsync(again);
        Assert.True(codes.SequenceEqual(["KILL-1", "KILL-2"]), $"Units after restart: {string.Join(", ", codes)}{Environment.NewLine}{second.Describe()}");
    }
}
