using System.Runtime.CompilerServices;

namespace Vigil.Domain.Compliance.Rules;

/// <summary>Collects a verdict's evidence on the stack, then allocates one array of the exact size.</summary>
internal struct EvidenceBuilder
{
    private Buffer _items;
    private int _count;

    public void Add(EvidenceFact? fact)
    {
        if (fact is not null && _count < Buffer.Length)
        {
            _items[_count++] = fact;
        }
    }

    public void Add(string name, string value) => Add(new EvidenceFact(name, value));

    public readonly EvidenceFact[] ToArray() => ((ReadOnlySpan<EvidenceFact>)_items)[.._count].ToArray();

    [InlineArray(Length)]
    private struct Buffer
    {
        public const int Length = 16;

        private EvidenceFact _first;
    }
}
