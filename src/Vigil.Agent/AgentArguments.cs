namespace Vigil.Agent;

/// <summary>"--name value" options and "--flag" switches after the command word; unknown ones are errors.</summary>
internal sealed class AgentArguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);

    public static AgentArguments? Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flagOptions, TextWriter stderr)
    {
        var parsed = new AgentArguments();
        using var e = args.GetEnumerator();
        while (e.MoveNext())
        {
            var arg = e.Current;
            var eq = arg.IndexOf('=', StringComparison.Ordinal);
            var name = eq > 0 && arg.StartsWith("--", StringComparison.Ordinal) ? arg[..eq] : arg;
            if (valueOptions.Contains(name))
            {
                if (eq > 0)
                {
                    parsed._values[name] = arg[(eq + 1)..];
                }
                else if (e.MoveNext())
                {
                    parsed._values[name] = e.Current;
                }
                else
                {
                    stderr.WriteLine($"vigil-agent: {name} needs a value.");
                    return null;
                }
            }
            else if (flagOptions.Contains(arg))
            {
                parsed._flags.Add(arg);
            }
            else
            {
                stderr.WriteLine($"vigil-agent: unknown argument '{arg}'.");
                return null;
            }
        }

        return parsed;
    }

    public string? this[string name] => _values.GetValueOrDefault(name);

    public bool Has(string flag) => _flags.Contains(flag);
}
