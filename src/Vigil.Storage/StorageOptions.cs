namespace Vigil.Storage;

/// <summary>Where Vigil keeps its data. Section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string SectionName = "Storage";

    /// <summary>Sqlite (default, zero configuration) or Postgres.</summary>
    public StorageProvider Provider { get; set; } = StorageProvider.Sqlite;

    /// <summary>Folder for the SQLite database and stored files. Default <c>./vigil-data</c>, relative to the working directory.</summary>
    public string DataDirectory { get; set; } = "vigil-data";

    /// <summary>Npgsql connection string; required when <see cref="Provider"/> is Postgres, ignored otherwise.</summary>
    public string? ConnectionString { get; set; }

    public string DataDirectoryFullPath => Path.GetFullPath(DataDirectory);

    public string SqlitePath => Path.Combine(DataDirectoryFullPath, "vigil.db");

    /// <summary>Uploaded and generated files (attachments, exports); part of every backup.</summary>
    public string FilesDirectory => Path.Combine(DataDirectoryFullPath, "files");

    public string SqliteConnectionString => $"Data Source={SqlitePath};Foreign Keys=True;Pooling=True";
}
