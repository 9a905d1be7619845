using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Vigil.Server.Tests.NetworkDevices.Snmp;

/// <summary>
/// Two real SNMP agents on 127.0.0.1 for a test class: snmpsim (Debian package snmpsim) answering as a Cisco
/// Catalyst 2960-X with ENTITY-MIB rows — data file "vigil-old" on IOS 15.0(2)SE11 and "vigil-new" on 15.2(7)E4, the
/// file chosen by v2c community or v3 context — with v3 users for SHA/AES and SHA-256/AES; and net-snmp's snmpd with
/// a v3 user, which answers wrong passphrases and unknown users with Report PDUs. Both run as child processes in a
/// temporary directory and never touch /var.
/// </summary>
public sealed class SnmpAgents : IAsyncLifetime
{
    public const string OldCommunity = "vigil-old";
    public const string NewCommunity = "vigil-new";
    public const string Serial = "FOC2041Z0QR";
    public const string Model = "WS-C2960X-48FPD-L";
    public const string ShaUser = "vigilsha";
    public const string Sha256User = "vigilsha256";
    public const string AuthPass = "authpass-2960";
    public const string PrivPass = "privpass-2960";

    private const string SnmpSim = "/usr/bin/snmpsimd";
    private const string Snmpd = "/usr/sbin/snmpd";

    private readonly List<Process> _processes = [];
    private string _dir = "";

    public int SimPort { get; private set; }

    public int SnmpdPort { get; private set; }

    public static string SysDescr(string version) =>
        $"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version {version}, RELEASE SOFTWARE (fc2)\r\n"
        + "Technical Support: http://www.cisco.com/techsupport\r\nCopyright (c) 1986-2021 by Cisco Systems, Inc.\r\nCompiled Tue 09-Feb-21 08:24 by prod_rel_team";

    public async Task InitializeAsync()
    {
        foreach (var program in new[] { SnmpSim, Snmpd })
        {
            if (!File.Exists(program))
            {
                throw new InvalidOperationException($"{program} is missing: install the Debian packages snmpsim and snmpd (./test.sh does) to run the SNMP tests.");
            }
        }

        _dir = Directory.CreateTempSubdirectory("vigil-snmp-").FullName;
        var data = Directory.CreateDirectory(Path.Combine(_dir, "data")).FullName;
        await File.WriteAllTextAsync(Path.Combine(data, OldCommunity + ".snmprec"), Records("15.0(2)SE11"));
        await File.WriteAllTextAsync(Path.Combine(data, NewCommunity + ".snmprec"), Records("15.2(7)E4"));
        var asRoot = !OperatingSystem.IsWindows() && Environment.UserName == "root";
        if (asRoot && !OperatingSystem.IsWindows())
        {
            // snmpsimd refuses to run as root and drops to nobody, who must read the data and write the index cache.
            foreach (var path in new[] { _dir, data }.Concat(Directory.GetFiles(data)))
            {
                File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
            }
        }

        SimPort = FreeUdpPort();
        string[] users =
        [
            "--v3-user=" + ShaUser, "--v3-auth-key=" + AuthPass, "--v3-auth-proto=SHA", "--v3-priv-key=" + PrivPass, "--v3-priv-proto=AES",
            "--v3-user=" + Sha256User, "--v3-auth-key=" + AuthPass, "--v3-auth-proto=SHA256", "--v3-priv-key=" + PrivPass, "--v3-priv-proto=AES",
        ];
        var sim = Start(SnmpSim, [
            "--data-dir=" + data, "--cache-dir=" + Path.Combine(_dir, "cache"), "--agent-udpv4-endpoint=127.0.0.1:" + SimPort,
            "--logging-method=stderr", .. users, .. asRoot ? new[] { "--process-user=nobody", "--process-group=nogroup" } : [],
        ], null);
        await WaitForAsync(sim, SimPort, SnmpSim);

        var persist = Directory.CreateDirectory(Path.Combine(_dir, "snmpd-persist")).FullName;
        var conf = Path.Combine(_dir, "snmpd.conf");
        await File.WriteAllTextAsync(conf, $"""
            [snmp] persistentDir {persist}
            createUser {ShaUser} SHA {AuthPass} AES {PrivPass}
            rouser {ShaUser} priv
            sysDescr {SysDescr("15.2(7)E4").Split('\r')[0]}
            sysObjectID 1.3.6.1.4.1.9.1.1208
            sysName sw-snmpd.example.vn
            """);
        SnmpdPort = FreeUdpPort();
        var snmpd = Start(Snmpd, ["-f", "-Lo", "-C", "-c", conf, "-p", Path.Combine(_dir, "snmpd.pid"), "udp:127.0.0.1:" + SnmpdPort],
            new Dictionary<string, string> { ["SNMPCONFPATH"] = _dir, ["SNMP_PERSISTENT_DIR"] = persist, ["MIBS"] = "" });
        await WaitForAsync(snmpd, SnmpdPort, Snmpd);
    }

    public Task DisposeAsync()
    {
        foreach (var p in _processes)
        {
            if (!p.HasExited)
            {
                p.Kill(entireProcessTree: true);
                p.WaitForExit(5000);
            }

            p.Dispose();
        }

        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // snmpsimd's cache may still be closing; the temp directory is cleaned by the system.
        }
        catch (UnauthorizedAccessException)
        {
        }

        return Task.CompletedTask;
    }

    /// <summary>snmprec lines (OID|type|value; 4 string, 6 OID, 2 integer, 67 timeticks), sorted as snmpsim requires.</summary>
    private static string Records(string version)
    {
        const string e = "1.3.6.1.2.1.47.1.1.1.1";
        var lines = new List<(string Oid, string Line)>
        {
            ("1.3.6.1.2.1.1.1.0", $"1.3.6.1.2.1.1.1.0|4x|{Convert.ToHexString(Encoding.ASCII.GetBytes(SysDescr(version))).ToLowerInvariant()}"),
            ("1.3.6.1.2.1.1.2.0", "1.3.6.1.2.1.1.2.0|6|1.3.6.1.4.1.9.1.1208"),
            ("1.3.6.1.2.1.1.3.0", "1.3.6.1.2.1.1.3.0|67|26265600"),
            ("1.3.6.1.2.1.1.5.0", "1.3.6.1.2.1.1.5.0|4|SW-TANG2.ubnd.example.vn"),
        };
        void Row(int index, string descr, int cls, string name, string rev, string serial, string model)
        {
            foreach (var (column, type, value) in new[] { (2, "4", descr), (5, "2", cls.ToString()), (7, "4", name), (10, "4", rev), (11, "4", serial), (13, "4", model) })
            {
                lines.Add(($"{e}.{column}.{index}", $"{e}.{column}.{index}|{type}|{value}"));
            }
        }

        Row(1001, "WS-C2960X-48FPD-L", 3, "1", version, Serial, Model);
        Row(1002, "Switch 1 - Power Supply 0", 6, "Switch 1 - Power Supply 0", "", "LIT1234ABCD", "PWR-C2-640WAC");
        Row(1003, "1000BaseSX SFP", 9, "GigabitEthernet1/0/49", "", "AGM1234ZZZZ", "GLC-SX-MMD");
        Row(1010, "Gigabit Ethernet Port", 10, "GigabitEthernet1/0/1", "", "", "");
        var ordered = lines.OrderBy(l => l.Oid.Split('.').Select(uint.Parse).ToArray(), Comparer<uint[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b)));
        return string.Join('\n', ordered.Select(l => l.Line)) + "\n";
    }

    private Process Start(string program, string[] args, Dictionary<string, string>? env)
    {
        var info = new ProcessStartInfo(program) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        foreach (var (k, v) in env ?? [])
        {
            info.Environment[k] = v;
        }

        var process = Process.Start(info) ?? throw new InvalidOperationException($"{program} did not start.");
        _processes.Add(process);
        return process;
    }

    /// <summary>Until the agent's UDP port is taken (it listens); its output in the failure message otherwise.</summary>
    private static async Task WaitForAsync(Process process, int port, string program)
    {
        var output = new StringBuilder();
        void OnLine(object? _, DataReceivedEventArgs e)
        {
            lock (output)
            {
                output.AppendLine(e.Data);
            }
        }

        process.OutputDataReceived += OnLine;
        process.ErrorDataReceived += OnLine;
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(60);
        while (!process.HasExited && DateTime.UtcNow < deadline)
        {
            if (IsTaken(port))
            {
                // pysnmp binds before it has finished setting up its engine; a moment more avoids a first lost request.
                await Task.Delay(500);
                return;
            }

            await Task.Delay(200);
        }

        lock (output)
        {
            throw new InvalidOperationException($"{program} did not start listening on 127.0.0.1:{port} (exited: {process.HasExited}):\n{output}");
        }
    }

    private static bool IsTaken(int port)
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        try
        {
            socket.Bind(new IPEndPoint(IPAddress.Loopback, port));
            return false;
        }
        catch (SocketException)
        {
            return true;
        }
    }

    private static int FreeUdpPort()
    {
        using var socket = new Socket(AddressFamily.InterNetwork, SocketType.Dgram, ProtocolType.Udp);
        socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        return ((IPEndPoint)socket.LocalEndPoint!).Port;
    }
}
