namespace Vigil.Cli;

/// <summary>Process exit codes, stable so scripts can tell bad input from a bad command line.</summary>
internal static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The command ran and found problems in its input (or could not read it).</summary>
    public const int InputInvalid = 1;

    /// <summary>The command line itself was wrong; usage was printed.</summary>
    public const int Usage = 2;
}
