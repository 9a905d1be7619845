namespace Vigil.Domain.Documents;

/// <summary>A heading inside the body; <see cref="HeadingLevel.Section"/> headings are printed in capitals.</summary>
public sealed record BodyHeading(string Text, HeadingLevel Level = HeadingLevel.Section) : DocumentBlock;
