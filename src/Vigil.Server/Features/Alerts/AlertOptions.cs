namespace Vigil.Server.Features.Alerts;

/// <summary>Section <c>Vigil:Hunting</c>: where retained logs live, how large uploads may be, how long logs are kept.</summary>
public sealed class AlertOptions
{
    public const string SectionName = "Vigil:Hunting";

    /// <summary>Retained logs; relative paths are under the data directory (default <c>logs</c>).</summary>
    public string LogDirectory { get; set; } = "logs";

    /// <summary>Largest upload after decompression (default 1 GiB).</summary>
    public long MaxUploadBytes { get; set; } = 1L << 30;

    /// <summary>Days a retained log (and its hit records) is kept; 0 keeps them for ever (default 90).</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>Hits of one alert that keep their details as a sample (default 20).</summary>
    public int SampleSize { get; set; } = 20;

    /// <summary>Watched folders: each folder's new files and appended data are hunted for its unit.</summary>
    public List<WatchedFolderOptions> WatchedFolders { get; set; } = [];

    /// <summary>How often watched folders are looked at (default 30 s).</summary>
    public TimeSpan WatchInterval { get; set; } = TimeSpan.FromSeconds(30);
}

/// <summary>One watched folder and the unit (by id or code) whose logs it holds.</summary>
public sealed class WatchedFolderOptions
{
    public string Path { get; set; } = "";

    public string Unit { get; set; } = "";

    /// <summary>File name pattern (default <c>*</c>).</summary>
    public string Pattern { get; set; } = "*";
}
