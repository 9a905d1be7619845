using System.Runtime.InteropServices;
using System.Runtime.Versioning;

namespace Vigil.Agent.Service;

/// <summary>
/// The Windows service protocol without System.ServiceProcess (not available to this build): the dispatcher calls
/// ServiceMain, which reports RUNNING, runs the agent loop until STOP or SHUTDOWN, then reports STOPPED. A plain
/// console program under sc.exe would be killed after 30 seconds for never answering the service manager.
/// Compiled everywhere, run only on Windows; the Linux test suite cannot exercise it.
/// </summary>
[SupportedOSPlatform("windows")]
internal static unsafe partial class WindowsServiceHost
{
    private const int ServiceWin32OwnProcess = 0x10;
    private const int StateStopped = 1;
    private const int StateStopPending = 3;
    private const int StateRunning = 4;
    private const int AcceptStop = 0x1;
    private const int AcceptShutdown = 0x4;
    private const int ControlStop = 1;
    private const int ControlShutdown = 5;
    private const int ControlInterrogate = 4;

    private static readonly CancellationTokenSource s_stop = new();
    private static Func<CancellationToken, Task<int>>? s_body;
    private static nint s_statusHandle;
    private static int s_exitCode;

    /// <summary>Blocks until the service stops; returns false when not started by the service manager.</summary>
    public static bool Run(Func<CancellationToken, Task<int>> body)
    {
        s_body = body;
        var name = Marshal.StringToHGlobalUni(WindowsServiceInstaller.ServiceName);
        try
        {
            var table = stackalloc ServiceTableEntry[2];
            table[0] = new ServiceTableEntry { Name = name, Main = &ServiceMain };
            table[1] = default;
            return StartServiceCtrlDispatcherW(table) != 0;
        }
        finally
        {
            Marshal.FreeHGlobal(name);
        }
    }

    public static int ExitCode => s_exitCode;

    [UnmanagedCallersOnly]
    private static void ServiceMain(int argc, nint argv)
    {
        s_statusHandle = RegisterServiceCtrlHandlerExW(WindowsServiceInstaller.ServiceName, &Handler, 0);
        Report(StateRunning, 0);
        s_exitCode = s_body!(s_stop.Token).GetAwaiter().GetResult();
        Report(StateStopped, s_exitCode);
    }

    [UnmanagedCallersOnly]
    private static int Handler(int control, int eventType, nint eventData, nint context)
    {
        if (control is ControlStop or ControlShutdown)
        {
            Report(StateStopPending, 0);
            s_stop.Cancel();
        }

        return control is ControlStop or ControlShutdown or ControlInterrogate ? 0 : 120; // ERROR_CALL_NOT_IMPLEMENTED
    }

    private static void Report(int state, int exitCode)
    {
        var status = new ServiceStatus
        {
            ServiceType = ServiceWin32OwnProcess,
            CurrentState = state,
            ControlsAccepted = state == StateRunning ? AcceptStop | AcceptShutdown : 0,
            Win32ExitCode = exitCode == 0 ? 0 : 1066, // ERROR_SERVICE_SPECIFIC_ERROR
            ServiceSpecificExitCode = exitCode,
            WaitHint = state == StateStopPending ? 30_000 : 0,
        };
        _ = SetServiceStatus(s_statusHandle, &status);
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ServiceTableEntry
    {
        public nint Name;
        public delegate* unmanaged<int, nint, void> Main;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct ServiceStatus
    {
        public int ServiceType;
        public int CurrentState;
        public int ControlsAccepted;
        public int Win32ExitCode;
        public int ServiceSpecificExitCode;
        public int CheckPoint;
        public int WaitHint;
    }

    [LibraryImport("advapi32.dll", SetLastError = true)]
    private static partial int StartServiceCtrlDispatcherW(ServiceTableEntry* table);

    [LibraryImport("advapi32.dll", SetLastError = true, StringMarshalling = StringMarshalling.Utf16)]
    private static partial nint RegisterServiceCtrlHandlerExW(string serviceName, delegate* unmanaged<int, int, nint, nint, int> handler, nint context);

    [LibraryImport("advapi32.dll", SetLastError = true)]
    private static partial int SetServiceStatus(nint handle, ServiceStatus* status);
}
