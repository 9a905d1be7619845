using System.Runtime.InteropServices;

namespace Vigil.Operations.Tests;

internal static class NativeMethods
{
    public const int SIGTERM = 15;

#pragma warning disable CA5392, SYSLIB1054 // libc is a system library; a plain DllImport needs no unsafe code.
    [DllImport("libc", SetLastError = true)]
    internal static extern int kill(int pid, int sig);
#pragma warning restore CA5392, SYSLIB1054
}
