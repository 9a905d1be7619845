namespace Vigil.Domain.Isolation;

/// <summary>A generated containment configuration: file name, media type and text.</summary>
public sealed record ContainmentKit(string Kind, string FileName, string ContentType, string Text);
