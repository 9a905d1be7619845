using K = Vigil.Domain.Inventory.Import.InventoryColumnKeys;

namespace Vigil.Domain.Inventory.Import;

/// <summary>
/// The columns of the two inventory sheets, in template order. Headers are matched after <see cref="TextKey"/>
/// folding, so case, diacritics, spacing and punctuation do not matter, and English names work as well as Vietnamese.
/// </summary>
public static class InventoryColumns
{
    /// <summary>Yes/no drop-down of the template; <see cref="SheetValues.TryParseYesNo"/> reads far more spellings.</summary>
    public static IReadOnlyList<string> YesNo { get; } = ["Có", "Không"];

    public static IReadOnlyList<InventoryColumn> Computers { get; } =
    [
        UnitCode(),
        new(K.Hostname, "Tên máy", "Hostname", true,
            "Tên máy tính như Windows hiển thị (Settings → System → About → Device name); chỉ gồm chữ không dấu, số, '-', '_', '.'. Trong một đơn vị mỗi tên máy chỉ xuất hiện một lần.",
            ["computer name", "tên máy tính", "host name", "tên máy trạm"], []),
        Serial(),
        new(K.Uuid, "UUID", "UUID", false,
            "UUID của bo mạch (lệnh: wmic csproduct get uuid), dạng 8-4-4-4-12 chữ số hệ 16.",
            ["smbios uuid", "system uuid"], []),
        new(K.MacAddresses, "Địa chỉ MAC", "MAC addresses", false,
            "Một hoặc nhiều địa chỉ MAC, cách nhau bởi dấu ';' hoặc ','; dạng 00:1A:2B:3C:4D:5E, 00-1A-2B-3C-4D-5E hoặc 001A.2B3C.4D5E.",
            ["mac", "mac address", "địa chỉ vật lý"], []),
        new(K.Owner, "Người sử dụng", "Owner", false,
            "Họ tên người sử dụng máy.",
            ["user", "người dùng", "người sử dụng máy", "cán bộ sử dụng"], []),
        new(K.Personal, "Máy cá nhân dùng cho công việc", "Personal computer used for work", false,
            "Có nếu là máy tính cá nhân (không phải tài sản cơ quan) dùng cho công việc; Không nếu là máy của cơ quan; để trống nếu chưa rõ.",
            ["personal", "máy cá nhân", "máy tính cá nhân", "personal computer"], YesNo),
        new(K.Os, "Hệ điều hành", "Operating system", false,
            "Tên hệ điều hành, ví dụ: Windows 7 Professional, Windows 10 Pro, Windows 11 Pro, Ubuntu 22.04.",
            ["os", "hđh", "operating system name"], []),
        new(K.OsVersion, "Phiên bản HĐH", "OS version", false,
            "Phiên bản hoặc bản dựng (build) của hệ điều hành, ví dụ: 6.1.7601, 22H2, 10.0.19045.",
            ["phiên bản hệ điều hành", "os build", "build", "version"], []),
        new(K.Architecture, "Kiến trúc", "Architecture", false,
            "x86 (32-bit) hoặc x64 (64-bit); arm64 cũng được chấp nhận.",
            ["arch", "32 64 bit", "kiến trúc hđh"], ["x64", "x86"]),
        new(K.Cpu, "CPU", "CPU", false,
            "Tên bộ vi xử lý như Windows hiển thị, ví dụ: Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz.",
            ["processor", "bộ vi xử lý", "chip", "cpu model"], []),
        new(K.RamGb, "RAM (GB)", "RAM (GB)", false,
            "Dung lượng bộ nhớ RAM tính bằng GB, ví dụ: 4 hoặc 8 hoặc 3,5.",
            ["ram", "memory", "memory gb", "bộ nhớ", "bộ nhớ ram"], []),
        new(K.DiskKind, "Loại ổ đĩa", "Disk type", false,
            "SSD hoặc HDD (ổ cứng cơ). Máy có nhiều ổ: ghi ổ chứa hệ điều hành.",
            ["disk kind", "loại ổ cứng", "ổ đĩa"], ["SSD", "HDD"]),
        new(K.DiskGb, "Dung lượng ổ đĩa (GB)", "Disk size (GB)", false,
            "Dung lượng ổ đĩa tính bằng GB, ví dụ: 120, 256, 500; có thể ghi 1 TB.",
            ["disk size", "disk gb", "dung lượng ổ cứng", "dung lượng ổ cứng gb", "dung lượng"], []),
        new(K.AntiMalware, "Phần mềm diệt virus", "Anti-malware", false,
            "Tên phần mềm phòng chống mã độc đang cài, ví dụ: Bkav Endpoint; ghi Không nếu máy không cài.",
            ["antivirus", "anti virus", "av", "phần mềm phòng chống mã độc", "diệt virus", "phần mềm diệt vi rút"], []),
        Notes(),
    ];

    public static IReadOnlyList<InventoryColumn> NetworkDevices { get; } =
    [
        UnitCode(),
        new(K.Hostname, "Tên thiết bị", "Device name", true,
            "Tên (hostname) của thiết bị như trong cấu hình; thiết bị không có tên thì đặt một tên ngắn, ví dụ SW-TANG2. Trong một đơn vị mỗi tên chỉ xuất hiện một lần.",
            ["hostname", "host name", "name", "tên"], []),
        new(K.DeviceKind, "Loại", "Kind", true,
            "Switch (bộ chuyển mạch), Router (bộ định tuyến), Wi-Fi (điểm truy cập không dây), Tường lửa (firewall) hoặc Module (mô-đun).",
            ["type", "device type", "device kind", "loại thiết bị"], NetworkDeviceKinds.Choices),
        new(K.Vendor, "Hãng", "Vendor", false,
            "Hãng sản xuất, ví dụ: Cisco, Fortinet, TP-Link.",
            ["manufacturer", "brand", "hãng sản xuất", "nhà sản xuất"], []),
        new(K.Model, "Model", "Model", false,
            "Mã model in trên thiết bị, ví dụ: WS-C2960-24TT-L.",
            ["mẫu", "dòng thiết bị", "model number"], []),
        Serial(),
        new(K.Firmware, "Phiên bản phần mềm", "Firmware version", false,
            "Phiên bản phần mềm (firmware, IOS) đang chạy, ví dụ: 15.0(2)SE11.",
            ["firmware", "software version", "phiên bản firmware", "phiên bản", "version", "ios version"], []),
        new(K.ManagementIp, "Địa chỉ IP quản lý", "Management IP", false,
            "Địa chỉ IP dùng để quản trị thiết bị (IPv4 hoặc IPv6).",
            ["ip", "ip address", "địa chỉ ip", "ip quản lý", "management address"], []),
        new(K.Location, "Vị trí", "Location", false,
            "Nơi đặt thiết bị, ví dụ: Phòng máy chủ tầng 2.",
            ["vị trí lắp đặt", "nơi đặt", "nơi lắp đặt"], []),
        Notes(),
    ];

    private static readonly Dictionary<string, InventoryColumn> s_computers = Index(Computers);
    private static readonly Dictionary<string, InventoryColumn> s_devices = Index(NetworkDevices);

    // Row-number columns that spreadsheets commonly start with; they carry nothing to import.
    private static readonly HashSet<string> s_ignored = ["stt", "s t t", "tt", "so tt", "so thu tu", "no", "row"];

    public static IReadOnlyList<InventoryColumn> For(InventorySheetKind kind) =>
        kind == InventorySheetKind.Computers ? Computers : NetworkDevices;

    /// <summary>The column a header names on a sheet of <paramref name="kind"/>; null when unknown.</summary>
    public static InventoryColumn? Recognise(InventorySheetKind kind, string header)
    {
        var index = kind == InventorySheetKind.Computers ? s_computers : s_devices;
        return index.GetValueOrDefault(TextKey.Of(header));
    }

    /// <summary>True for a row-number column ("STT", "No."), which is read as absent.</summary>
    public static bool IsIgnored(string header) => s_ignored.Contains(TextKey.Of(header)) || header.Trim() == "#";

    private static Dictionary<string, InventoryColumn> Index(IReadOnlyList<InventoryColumn> columns)
    {
        var index = new Dictionary<string, InventoryColumn>(StringComparer.Ordinal);
        foreach (var column in columns)
        {
            foreach (var key in column.Keys)
            {
                // First come wins, so a column's own names beat another column's loose alias.
                index.TryAdd(key, column);
            }
        }

        return index;
    }

    private static InventoryColumn UnitCode() => new(K.UnitCode, "Mã đơn vị", "Unit code", true,
        "Mã của đơn vị quản lý thiết bị, đúng như trong Vigil (mục Cơ cấu tổ chức). Chỉ nhập được cho đơn vị thuộc phạm vi của bạn.",
        ["unit", "mã đv", "ma don vi quan ly"], []);

    private static InventoryColumn Serial() => new(K.SerialNumber, "Số serial", "Serial number", false,
        "Số serial (S/N) của nhà sản xuất in trên tem thiết bị hoặc lệnh: wmic bios get serialnumber.",
        ["serial", "s n", "sn", "số sê ri", "số seri", "số hiệu"], []);

    private static InventoryColumn Notes() => new(K.Notes, "Ghi chú", "Notes", false,
        "Ghi chú tự do.",
        ["note", "remarks", "comment", "comments"], []);
}
