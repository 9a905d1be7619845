namespace Vigil.Cli.Hunt;

/// <summary>One log to hunt: a file (size known, for progress) or standard input.</summary>
internal sealed record HuntInput(string Name, string? Path, long Size)
{
    public const string StdinName = "-";

    /// <summary>Files as given, folders walked recursively in ordinal order, "-" for standard input; missing paths reported.</summary>
    public static List<HuntInput> Expand(IReadOnlyList<string> paths, TextWriter stderr, out bool failed)
    {
        failed = false;
        var inputs = new List<HuntInput>();
        foreach (var path in paths)
        {
            if (path == StdinName)
            {
                inputs.Add(new HuntInput(StdinName, null, 0));
            }
            else if (File.Exists(path))
            {
                inputs.Add(new HuntInput(path, path, new FileInfo(path).Length));
            }
            else if (Directory.Exists(path))
            {
                try
                {
                    var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
                    inputs.AddRange(files.Select(f => new HuntInput(f, f, new FileInfo(f).Length)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    stderr.WriteLine($"vigil hunt: {path}: cannot list the folder: {e.Message}");
                    failed = true;
                }
            }
            else
            {
                stderr.WriteLine($"vigil hunt: {path}: no such file or folder");
                failed = true;
            }
        }

        return inputs;
    }
}
