namespace Vigil.Domain.Access;

/// <summary>A person who signs in. Where they may act comes from <see cref="Units"/>; what they may do from <see cref="Role"/>.</summary>
public sealed class UserAccount
{
    public Guid Id { get; set; }

    /// <summary>Sign-in name, stored lower-case so that look-ups are case-insensitive on every database.</summary>
    public string UserName { get; set; } = "";

    public string DisplayName { get; set; } = "";

    public string? Email { get; set; }

    public Role Role { get; set; }

    /// <summary>ASP.NET Core Identity password hash (PBKDF2); never logged or audited.</summary>
    public string PasswordHash { get; set; } = "";

    public bool MustChangePassword { get; set; }

    public int FailedSignIns { get; set; }

    public DateTime? LockedUntil { get; set; }

    /// <summary>Changes on password change or disabling so that existing sessions stop working on every server.</summary>
    public string SecurityStamp { get; set; } = "";

    public bool Disabled { get; set; }

    /// <summary>"vi" or "en"; the language the UI starts in.</summary>
    public string Language { get; set; } = "vi";

    public DateTime CreatedAt { get; set; }

    public DateTime? LastSignInAt { get; set; }

    public List<UserUnit> Units { get; set; } = [];
}
