using System.Globalization;

namespace Vigil.Agent;

/// <summary>
/// One line per event on standard error, which systemd's journal and the Windows service wrapper keep. Never pass
/// the credential or an enrolment token to it.
/// </summary>
internal sealed class AgentLog(TextWriter writer, TimeProvider clock)
{
    private readonly Lock _gate = new();

    public void Info(string message) => Write("info", message);

    public void Warn(string message) => Write("warn", message);

    public void Error(string message) => Write("error", message);

    private void Write(string level, string message)
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{clock.GetUtcNow():yyyy-MM-ddTHH:mm:ssZ} {level} {message}");
        lock (_gate)
        {
            writer.WriteLine(line);
            writer.Flush();
        }
    }
}
