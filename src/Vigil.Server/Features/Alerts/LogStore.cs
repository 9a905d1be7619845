using Microsoft.Extensions.Options;
using Vigil.Domain.Alerts;
using Vigil.Storage;

namespace Vigil.Server.Features.Alerts;

/// <summary>Where retained logs live on disk: {LogDirectory}/{unit}/{yyyy-MM-dd}/{log id}-{name}.</summary>
public sealed class LogStore(StorageOptions storage, IOptions<AlertOptions> options)
{
    public string Root { get; } = Path.GetFullPath(Path.Combine(storage.DataDirectoryFullPath, options.Value.LogDirectory));

    public string FullPath(RetainedLog log)
    {
        ArgumentNullException.ThrowIfNull(log);
        return Path.Combine(Root, log.StoredPath);
    }

    /// <summary>A relative path for a new log; the name is reduced to safe characters so it can never leave the folder.</summary>
    public static string NewRelativePath(Guid unitId, DateTime receivedAt, Guid logId, string name)
    {
        var safe = new string([.. Path.GetFileName(name).Select(c => char.IsAsciiLetterOrDigit(c) || c is '.' or '-' or '_' ? c : '_')]).Trim('.');
        if (safe.Length > 80)
        {
            safe = safe[^80..];
        }

        return Path.Combine(unitId.ToString(), receivedAt.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), $"{logId}-{safe}");
    }
}
