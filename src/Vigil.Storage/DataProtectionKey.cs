namespace Vigil.Storage;

/// <summary>An ASP.NET Core data-protection key, shared by every server instance through the database.</summary>
public sealed class DataProtectionKey
{
    public string FriendlyName { get; set; } = "";

    public string Xml { get; set; } = "";
}
