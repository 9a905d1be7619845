namespace Vigil.Agent.Spool;

/// <summary>One report waiting on disk. Its file name (without .json) is the idempotency key the server sees.</summary>
internal sealed record SpoolItem(string Path, string Key, long Sequence);
