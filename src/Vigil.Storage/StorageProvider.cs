namespace Vigil.Storage;

public enum StorageProvider
{
    Sqlite,
    Postgres,
}
