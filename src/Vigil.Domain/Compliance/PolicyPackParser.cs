using Vigil.Domain.Common;
using Vigil.Domain.Compliance.Policy;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Vigil.Domain.Compliance;

/// <summary>
/// Reads a policy pack from YAML (format in docs/compliance.md). Never throws on bad input: the first problem comes
/// back as a validation error "file:line:column: reason" with the field path as its location.
/// </summary>
public static class PolicyPackParser
{
    /// <summary>Packs are a few kilobytes; anything near this is not a policy file.</summary>
    public const int MaxLength = 1_000_000;

    public static Result<PolicyPack> Parse(string yaml, string fileName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(fileName);
        if (yaml.Length > MaxLength)
        {
            return Error.Validation(PolicyErrors.TooLarge, $"{fileName}:1:1: the file is larger than {MaxLength} characters", "");
        }

        var stream = new YamlStream();
        using var reader = new StringReader(yaml);
        var parser = new GuardedYamlParser(new Parser(reader));
        try
        {
            stream.Load(parser);
        }
        catch (YamlException e)
        {
            return Error.Validation(PolicyErrors.Syntax, $"{fileName}:{e.Start.Line}:{e.Start.Column}: {Describe(e)}", "");
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException or IndexOutOfRangeException or FormatException or OverflowException)
        {
            // YamlDotNet's scanner has corner cases that throw these instead of a YamlException (found by the fuzz test).
            var at = parser.LastEnd;
            return Error.Validation(PolicyErrors.Syntax, $"{fileName}:{Math.Max(at.Line, 1)}:{Math.Max(at.Column, 1)}: invalid YAML after this point", "");
        }

        if (stream.Documents.Count == 0)
        {
            return Error.Validation(PolicyErrors.Missing, $"{fileName}:1:1: the file is empty", "");
        }

        if (stream.Documents.Count > 1)
        {
            var second = stream.Documents[1].RootNode.Start;
            return Error.Validation(PolicyErrors.Syntax, $"{fileName}:{second.Line}:{second.Column}: a policy file holds one document", "");
        }

        return new PolicyPackReader(fileName).Read(stream.Documents[0].RootNode);
    }

    /// <summary>YamlDotNet wraps the useful message in an outer "while parsing" one; keep the innermost.</summary>
    private static string Describe(YamlException e)
    {
        Exception inner = e;
        while (inner.InnerException is YamlException deeper)
        {
            inner = deeper;
        }

        var message = inner is YamlException y && y.Message.StartsWith('(') && y.Message.IndexOf("): ", StringComparison.Ordinal) is > 0 and var end
            ? y.Message[(end + 3)..]
            : inner.Message;
        return message.Length == 0 ? "invalid YAML" : message;
    }
}
