namespace Vigil.Domain.Indicators;

/// <summary>The outcome of reading one raw value: a normalised value (maybe with a note) or a precise reason why not.</summary>
public sealed record ParsedValue
{
    private ParsedValue(IndicatorValue? value, string? code, string? reason, string? note)
    {
        Value = value;
        Code = code;
        Reason = reason;
        Note = note;
    }

    public IndicatorValue? Value { get; }

    /// <summary>Stable code of the rejection, e.g. <c>value.invalid_ipv4</c>.</summary>
    public string? Code { get; }

    public string? Reason { get; }

    /// <summary>Something the person should know about an accepted value ("host bits of 10.1.2.3/8 cleared").</summary>
    public string? Note { get; }

    public bool IsValid => Value is not null;

    public static ParsedValue Ok(IndicatorType type, string value, string? note = null) => new(new IndicatorValue(type, value), null, null, note);

    public static ParsedValue Invalid(string code, string reason) => new(null, code, reason, null);

    internal ParsedValue WithNote(string? note) =>
        note is null || Value is null ? this : new ParsedValue(Value, null, null, Note is null ? note : Note + "; " + note);
}
