using System.Text.Json;
using Vigil.Agent.Configuration;

namespace Vigil.Agent.Isolation;

/// <summary>isolation.json in the state directory, written to a temporary file and moved, so a crash never leaves half a file.</summary>
internal sealed class IsolationStateStore(string directory)
{
    public const string FileName = "isolation.json";

    public string FilePath => Path.Combine(directory, FileName);

    public IsolationState? Load()
    {
        if (!File.Exists(FilePath))
        {
            return null;
        }

        try
        {
            return JsonSerializer.Deserialize(File.ReadAllText(FilePath), AgentJsonContext.Default.IsolationState);
        }
        catch (JsonException)
        {
            // A damaged file must not lift the isolation silently: the caller treats "unreadable" as isolated.
            throw new InvalidDataException($"{FilePath} is damaged; isolation state unknown. Release with 'vigil-agent isolation release' after checking.");
        }
    }

    public void Save(IsolationState state)
    {
        Directory.CreateDirectory(directory);
        var temporary = FilePath + ".tmp";
        File.WriteAllText(temporary, JsonSerializer.Serialize(state, AgentJsonContext.Default.IsolationState));
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(temporary, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        File.Move(temporary, FilePath, overwrite: true);
    }

    public void Delete() => File.Delete(FilePath);
}
