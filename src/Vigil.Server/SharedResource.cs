namespace Vigil.Server;

/// <summary>Marker for the UI strings in Resources/SharedResource.resx (Vietnamese) and SharedResource.en.resx.</summary>
public sealed class SharedResource;
