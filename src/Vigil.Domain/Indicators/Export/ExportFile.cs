namespace Vigil.Domain.Indicators.Export;

/// <summary>One generated file: a target may need several (Suricata rules and their dataset files).</summary>
public sealed record ExportFile(string Name, string MediaType, string Content);
