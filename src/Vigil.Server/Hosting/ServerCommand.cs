using Vigil.Server.Features.Backup;

namespace Vigil.Server.Hosting;

/// <summary>Dispatches <c>vigil-server [backup FILE | restore FILE] [options]</c>; anything else runs the server.</summary>
public static class ServerCommand
{
    public static async Task<int> RunAsync(string[] args)
    {
        ArgumentNullException.ThrowIfNull(args);
        switch (args.FirstOrDefault())
        {
            case "backup":
                return await BackupCommand.RunAsync(args[1..], restore: false);
            case "restore":
                return await BackupCommand.RunAsync(args[1..], restore: true);
            case "--help" or "-h" or "help":
                Console.WriteLine(Usage);
                return 0;
        }

        var app = VigilServer.Create(args);
        await VigilServer.PrepareAsync(app);
        await app.RunAsync();
        return 0;
    }

    public const string Usage = """
        vigil-server                 run the server (http://127.0.0.1:5080, data in ./vigil-data)
        vigil-server --demo          run the server and load the demo province on first start
        vigil-server backup FILE     write a consistent copy of the database and stored files to FILE (.zip)
        vigil-server restore FILE    put a backup back (the server must be stopped)
        Options are configuration keys, e.g. --Storage:Provider=Postgres --Storage:ConnectionString="Host=..."
        See docs/configuration.md.
        """;
}
