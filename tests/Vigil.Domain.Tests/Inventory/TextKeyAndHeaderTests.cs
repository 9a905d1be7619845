using Vigil.Domain.Inventory.Import;
using K = Vigil.Domain.Inventory.Import.InventoryColumnKeys;

namespace Vigil.Domain.Tests.Inventory;

public class TextKeyAndHeaderTests
{
    [Theory]
    [InlineData("Địa chỉ MAC", "dia chi mac")]
    [InlineData("  ĐỊA CHỈ   MAC: ", "dia chi mac")]
    [InlineData("RAM (GB)", "ram gb")]
    [InlineData("Wi-Fi", "wi fi")]
    [InlineData("Bộ chuyển mạch", "bo chuyen mach")]
    [InlineData("", "")]
    [InlineData("---", "")]
    public void Fold(string text, string key) => Assert.Equal(key, TextKey.Of(text));

    [Theory]
    [InlineData("Mã đơn vị", K.UnitCode)]
    [InlineData("ma don vi", K.UnitCode)]
    [InlineData("MÃ ĐƠN VỊ", K.UnitCode)]
    [InlineData("Unit code", K.UnitCode)]
    [InlineData("unit_code", K.UnitCode)]
    [InlineData("Tên máy", K.Hostname)]
    [InlineData("Ten may", K.Hostname)]
    [InlineData("Hostname", K.Hostname)]
    [InlineData("Máy cá nhân dùng cho công việc", K.Personal)]
    [InlineData("may ca nhan dung cho cong viec", K.Personal)]
    [InlineData("Personal computer used for work", K.Personal)]
    [InlineData("Phiên bản HĐH", K.OsVersion)]
    [InlineData("phien ban hdh", K.OsVersion)]
    [InlineData("RAM (GB)", K.RamGb)]
    [InlineData("RAM", K.RamGb)]
    [InlineData("Dung lượng ổ đĩa (GB)", K.DiskGb)]
    [InlineData("Disk size (GB)", K.DiskGb)]
    [InlineData("Phần mềm diệt virus", K.AntiMalware)]
    [InlineData("Anti-malware", K.AntiMalware)]
    [InlineData("MAC addresses", K.MacAddresses)]
    [InlineData("S/N", K.SerialNumber)]
    public void ComputerHeaders_VietnameseEnglishAndWithoutDiacritics(string header, string key) =>
        Assert.Equal(key, InventoryColumns.Recognise(InventorySheetKind.Computers, header)?.Key);

    [Theory]
    [InlineData("Tên thiết bị", K.Hostname)]
    [InlineData("ten thiet bi", K.Hostname)]
    [InlineData("Device name", K.Hostname)]
    [InlineData("Loại", K.DeviceKind)]
    [InlineData("Kind", K.DeviceKind)]
    [InlineData("Hãng", K.Vendor)]
    [InlineData("HANG", K.Vendor)]
    [InlineData("Phiên bản phần mềm", K.Firmware)]
    [InlineData("Firmware", K.Firmware)]
    [InlineData("Địa chỉ IP quản lý", K.ManagementIp)]
    [InlineData("dia chi ip quan ly", K.ManagementIp)]
    [InlineData("Management IP", K.ManagementIp)]
    [InlineData("Vị trí", K.Location)]
    public void DeviceHeaders_VietnameseEnglishAndWithoutDiacritics(string header, string key) =>
        Assert.Equal(key, InventoryColumns.Recognise(InventorySheetKind.NetworkDevices, header)?.Key);

    [Fact]
    public void EveryNameOfAColumn_IsUniqueWithinItsSheet()
    {
        foreach (var kind in Enum.GetValues<InventorySheetKind>())
        {
            var keys = InventoryColumns.For(kind).SelectMany(c => c.Keys.Distinct().Select(k => (k, c.Key))).ToList();
            var clashes = keys.GroupBy(x => x.k).Where(g => g.Select(x => x.Key).Distinct().Count() > 1).Select(g => g.Key).ToList();
            Assert.Empty(clashes);
        }
    }

    [Theory]
    [InlineData("STT")]
    [InlineData("S.T.T")]
    [InlineData("#")]
    [InlineData("Số TT")]
    public void RowNumberColumns_AreIgnored(string header) => Assert.True(InventoryColumns.IsIgnored(header));

    [Theory]
    [InlineData("Máy tính", InventorySheetKind.Computers)]
    [InlineData("May tinh", InventorySheetKind.Computers)]
    [InlineData("Computers", InventorySheetKind.Computers)]
    [InlineData("Thiết bị mạng", InventorySheetKind.NetworkDevices)]
    [InlineData("THIET BI MANG", InventorySheetKind.NetworkDevices)]
    [InlineData("Network devices", InventorySheetKind.NetworkDevices)]
    public void SheetNames(string name, InventorySheetKind kind) => Assert.Equal(kind, InventorySheetNames.KindOf(name));

    [Theory]
    [InlineData("A", 0)]
    [InlineData("Z", 25)]
    [InlineData("AA", 26)]
    [InlineData("AZ", 51)]
    [InlineData("XFD", 16383)]
    public void ColumnLetters_BothWays(string letters, int index)
    {
        Assert.Equal(letters, ColumnLetters.Of(index));
        Assert.True(ColumnLetters.TryParseReference(letters + "12", out var parsed));
        Assert.Equal(index, parsed);
    }

    [Theory]
    [InlineData("12")]
    [InlineData("XFE1")]
    [InlineData("AAAA1")]
    [InlineData("")]
    public void ColumnLetters_RefusesBadReferences(string reference) => Assert.False(ColumnLetters.TryParseReference(reference, out _));
}
