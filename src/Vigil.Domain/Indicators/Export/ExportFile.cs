namespace Vigil.Domain.Indicators.Export;

/// <summary>
/// One generated file: a target may need several (Suricata rules and their dataset files). <see cref="Entries"/> is
/// how many indicators the file holds, <see cref="NotApplicable"/> how many live indicators were of a type the target
/// cannot use (hashes on a firewall), <see cref="AlertOnlyWithheld"/> how many alert-only indicators an enforcement
/// target left out; the CLI and the server report them.
/// </summary>
public sealed record ExportFile(string Name, string MediaType, string Content)
{
    public int Entries { get; init; }

    public int NotApplicable { get; init; }

    public int AlertOnlyWithheld { get; init; }
}
