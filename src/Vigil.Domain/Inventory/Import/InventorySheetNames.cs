namespace Vigil.Domain.Inventory.Import;

/// <summary>The template's sheet names and the other names a sheet may carry (compared after <see cref="TextKey"/> folding).</summary>
public static class InventorySheetNames
{
    public const string Computers = "Máy tính";
    public const string NetworkDevices = "Thiết bị mạng";
    public const string Instructions = "Hướng dẫn";

    private static readonly HashSet<string> s_computers = ["may tinh", "computers", "computer", "danh sach may tinh"];
    private static readonly HashSet<string> s_devices = ["thiet bi mang", "network devices", "network device", "devices", "danh sach thiet bi mang"];
    private static readonly HashSet<string> s_instructions = ["huong dan", "instructions", "help", "readme"];

    public static string Of(InventorySheetKind kind) => kind == InventorySheetKind.Computers ? Computers : NetworkDevices;

    /// <summary>The kind a sheet's name announces, or null when the name says nothing (then its header decides).</summary>
    public static InventorySheetKind? KindOf(string sheetName)
    {
        var key = TextKey.Of(sheetName);
        return s_computers.Contains(key) ? InventorySheetKind.Computers
            : s_devices.Contains(key) ? InventorySheetKind.NetworkDevices
            : null;
    }

    public static bool IsInstructions(string sheetName) => s_instructions.Contains(TextKey.Of(sheetName));
}
