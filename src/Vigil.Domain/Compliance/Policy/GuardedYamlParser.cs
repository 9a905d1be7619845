using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Vigil.Domain.Compliance.Policy;

/// <summary>
/// Passes YAML events through to the representation model, refusing what a policy file never needs and what would
/// make loading unsafe: aliases (a few nested ones expand to billions of nodes when walked) and nesting deep enough
/// to exhaust the stack in the recursive node constructors.
/// </summary>
internal sealed class GuardedYamlParser(IParser inner) : IParser
{
    public const int MaxDepth = 32;

    private int _depth;

    public ParsingEvent? Current => inner.Current;

    /// <summary>Where the last good event ended: the position to report when the scanner itself fails.</summary>
    public Mark LastEnd { get; private set; } = Mark.Empty;

    public bool MoveNext()
    {
        if (!inner.MoveNext())
        {
            return false;
        }

        LastEnd = inner.Current?.End ?? LastEnd;
        switch (inner.Current)
        {
            case AnchorAlias alias:
                throw new YamlException(alias.Start, alias.End, "aliases (*name) are not allowed in policy files");
            case MappingStart or SequenceStart:
                if (++_depth > MaxDepth)
                {
                    throw new YamlException(inner.Current.Start, inner.Current.End, $"nesting deeper than {MaxDepth} levels");
                }

                break;
            case MappingEnd or SequenceEnd:
                _depth--;
                break;
        }

        return true;
    }
}
