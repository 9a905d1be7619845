namespace Vigil.Domain.Compliance.Catalogs;

/// <summary>Whether a computer has a security fix.</summary>
public enum PatchState
{
    /// <summary>The inventory cannot tell (no update list, no build revision, unknown Windows version).</summary>
    Unknown = 0,
    Patched = 1,
    Missing = 2,

    /// <summary>The OS never had the flaw or shipped with the fix (Windows 10 1703 and later, Windows 11, Linux).</summary>
    NotAffected = 3,
}
