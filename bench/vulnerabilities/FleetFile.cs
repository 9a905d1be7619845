using System.Text.Json;
using Vigil.Domain.Devices;
using Vigil.Domain.Inventory;
using Vigil.Domain.Vulnerabilities.Matching;

namespace Vigil.Bench.Vulnerabilities;

/// <summary>Reads generate.py's fleet.jsonl into the profiles the server would build from inventory and devices.</summary>
internal static class FleetFile
{
    public static List<AssetProfile> Read(string path, Func<string, bool> knownKeys)
    {
        var fleet = new List<AssetProfile>();
        foreach (var line in File.ReadLines(path))
        {
            using var doc = JsonDocument.Parse(line);
            var root = doc.RootElement;
            var id = root.GetProperty("id").GetString()!;
            if (root.GetProperty("kind").GetString() == "device")
            {
                var family = CiscoOsFamilies.TryParse(root.GetProperty("family").GetString(), out var f) ? f : CiscoOsFamily.Unknown;
                fleet.Add(AssetProfiles.ForDevice(id, id, family, root.GetProperty("version").GetString()));
                continue;
            }

            var os = root.GetProperty("os");
            var smb1 = root.GetProperty("smb1");
            var snapshot = new InventorySnapshot
            {
                Os = new OsInfo
                {
                    Family = OsFamily.Windows,
                    Name = os.GetProperty("name").GetString(),
                    Version = os.GetProperty("version").GetString(),
                    Build = os.GetProperty("build").GetString(),
                    ServicePack = os.GetProperty("sp").ValueKind == JsonValueKind.String ? os.GetProperty("sp").GetString() : null,
                    Architecture = os.GetProperty("arch").GetString(),
                },
                Smb1ServerEnabled = smb1.ValueKind == JsonValueKind.Null ? null : smb1.GetBoolean(),
                Hotfixes = root.GetProperty("hotfixes").EnumerateArray().Select(h => h.GetString()!).ToList(),
                Software = root.GetProperty("software").EnumerateArray()
                    .Select(s => new SoftwareItem(s[0].GetString()!, s[1].GetString(), s[2].GetString())).ToList(),
            };
            fleet.Add(AssetProfiles.ForComputer(id, id, snapshot, knownKeys));
        }

        return fleet;
    }
}
