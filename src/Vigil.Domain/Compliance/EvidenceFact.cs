namespace Vigil.Domain.Compliance;

/// <summary>One fact behind a verdict, e.g. ("os", "Windows 7") or ("end_of_support", "2020-01-14"). Names are stable snake_case keys.</summary>
public sealed record EvidenceFact(string Name, string Value);
