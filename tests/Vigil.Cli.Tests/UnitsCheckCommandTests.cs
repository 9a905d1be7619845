namespace Vigil.Cli.Tests;

public class UnitsCheckCommandTests
{
    [Fact]
    public void Good_file_prints_the_unit_count()
    {
        var run = CliRun.InProcess("units", "check", CliRun.Fixture("lang-son.csv"));

        Assert.Equal((0, "OK: 8 units", ""), (run.ExitCode, run.Stdout.Trim(), run.Stderr));
    }

    [Fact]
    public void Bad_file_prints_every_error_as_file_row_column_reason()
    {
        var expected = File.ReadAllText(CliRun.Fixture("errors.expected.txt")).ReplaceLineEndings();
        var directory = Path.GetDirectoryName(CliRun.Fixture("errors.csv"))!;

        var run = CliRun.InProcess("units", "check", CliRun.Fixture("errors.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Equal("", run.Stdout);
        Assert.Equal(expected, run.Stderr.Replace(directory + Path.DirectorySeparatorChar, "", StringComparison.Ordinal));
    }

    [Fact]
    public void Unknown_parent_is_found_by_the_plan_step()
    {
        var run = CliRun.InProcess("units", "check", CliRun.Fixture("unknown-parent.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.EndsWith("unknown-parent.csv:3:parent_code: No unit has the code 'LS-HUYENLOCBINH', neither in this file nor already stored.", run.Stderr.Trim(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_file_is_an_input_error_not_a_crash()
    {
        var run = CliRun.InProcess("units", "check", Path.Combine(AppContext.BaseDirectory, "no-such-file.csv"));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("cannot read the file", run.Stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData]
    [InlineData("units")]
    [InlineData("units", "check")]
    [InlineData("units", "check", "a.csv", "b.csv")]
    [InlineData("units", "import", "a.csv")]
    [InlineData("--versio")]
    public void Bad_arguments_print_usage_and_exit_2(params string[] args)
    {
        var run = CliRun.InProcess(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Usage:", run.Stderr, StringComparison.Ordinal);
    }

    [Fact]
    public void Version_is_printed()
    {
        var run = CliRun.InProcess("--version");

        Assert.Equal(0, run.ExitCode);
        Assert.Matches(@"^vigil \d+\.\d+\.\d+", run.Stdout);
    }
}
