namespace Vigil.Contracts.V1;

/// <summary>What an import of the lifecycle catalog changed (Removed counts only with replace=true).</summary>
public sealed record DeviceLifecycleImportDto(int Added, int Updated, int Unchanged, int Removed);
