namespace Vigil.Domain.Documents;

/// <summary>A stretch of text inside a paragraph with its own emphasis.</summary>
public sealed record TextRun(string Text, bool Bold = false, bool Italic = false);
