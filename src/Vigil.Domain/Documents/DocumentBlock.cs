namespace Vigil.Domain.Documents;

/// <summary>One block of the body (box 6): a paragraph, a heading or a table.</summary>
public abstract record DocumentBlock
{
    private protected DocumentBlock()
    {
    }
}
