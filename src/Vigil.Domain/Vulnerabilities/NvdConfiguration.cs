namespace Vigil.Domain.Vulnerabilities;

/// <summary>
/// One NVD applicability statement: its nodes combined by <see cref="Operator"/> (a lone node, or AND of "this
/// software" with "running on this platform"). A product is affected when a configuration holds and one of the
/// criteria that made it hold is marked vulnerable.
/// </summary>
public sealed record NvdConfiguration(NvdOperator Operator, bool Negate, IReadOnlyList<NvdNode> Nodes);

/// <summary>A node: criteria combined by <see cref="Operator"/>, the result inverted when <see cref="Negate"/>.</summary>
public sealed record NvdNode(NvdOperator Operator, bool Negate, IReadOnlyList<CpeMatchCriterion> Matches);

public enum NvdOperator
{
    Or,
    And,
}
