namespace Vigil.Domain.Compliance;

/// <summary>How a rule parameter is written and checked.</summary>
public enum ParameterKind
{
    /// <summary>A whole number within the definition's bounds.</summary>
    WholeNumber,

    /// <summary>A decimal number within bounds ("4", "3.5").</summary>
    Number,

    /// <summary><c>true</c> or <c>false</c>.</summary>
    Boolean,

    /// <summary>A YAML list of non-empty strings (one item may be written as a plain string).</summary>
    List,

    /// <summary>One of the definition's choices.</summary>
    Choice,
}
