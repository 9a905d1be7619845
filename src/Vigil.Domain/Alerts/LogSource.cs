namespace Vigil.Domain.Alerts;

/// <summary>How a retained log reached the server.</summary>
public enum LogSource
{
    Upload = 0,
    Folder = 1,
    Syslog = 2,
}
