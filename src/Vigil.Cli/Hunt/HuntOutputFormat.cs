namespace Vigil.Cli.Hunt;

internal enum HuntOutputFormat
{
    /// <summary>One JSON object per hit (docs/hunting.md has the schema).</summary>
    Jsonl,
    Csv,

    /// <summary>One readable line per hit.</summary>
    Text,
}
