using Vigil.Domain.Inventory;
using Vigil.Domain.Inventory.Import;
using static Vigil.Domain.Tests.Inventory.Sheets;

namespace Vigil.Domain.Tests.Inventory;

public class InventorySheetParserTests
{
    [Fact]
    public void FullComputerRow_BecomesASnapshot()
    {
        var result = Parse(Table("Máy tính", ComputerHeader,
            "ub-a|PC-KT-01|PF0ABC12|4c4c4544-0042-3510-8057-b4c04f384e32|00-1a-2b-3c-4d-5e; 001a.2b3c.4d5f|Nguyễn Văn An|Có|Win 7 Professional|6.1.7601|64-bit|Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz|3,5|ssd|120 GB|Bkav Endpoint|Máy kế toán"));

        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        var row = Assert.Single(result.Computers);
        Assert.Equal("UB-A", row.UnitCode);
        Assert.Equal("sheet:UB-A/PC-KT-01", row.SourceKey);
        Assert.Equal(new CellLocation("Máy tính", 2, "A", "Mã đơn vị"), row.Unit);
        var s = row.Snapshot;
        Assert.Equal("PC-KT-01", s.Hostname);
        Assert.Equal("PF0ABC12", s.SerialNumber);
        Assert.Equal("4C4C4544-0042-3510-8057-B4C04F384E32", s.SmbiosUuid);
        Assert.Equal(["00:1a:2b:3c:4d:5e", "00:1a:2b:3c:4d:5f"], s.NetworkInterfaces!.Select(n => n.MacAddress));
        Assert.Equal("Nguyễn Văn An", s.Owner);
        Assert.True(s.IsPersonal);
        Assert.Equal(new OsInfo { Family = OsFamily.Windows, Name = "Windows 7 Professional", Version = "6.1.7601", Architecture = "x64" }, s.Os);
        Assert.Equal("Intel(R) Core(TM) i3-4130 CPU @ 3.40GHz", s.CpuModel);
        Assert.Equal(3584, s.RamMb);
        Assert.Equal(new DiskInfo(null, DiskKind.Ssd, 120), Assert.Single(s.Disks!));
        Assert.Equal("Bkav Endpoint", Assert.Single(s.SecurityProducts!).Name);
        Assert.Equal("Máy kế toán", s.Notes);
    }

    [Fact]
    public void EmptyCells_MeanUnknown_AndKhongMeansNoAntiMalware()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy|Phần mềm diệt virus", "A|PC1|", "A|PC2|Không"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Null(result.Computers[0].Snapshot.SecurityProducts);
        Assert.Null(result.Computers[0].Snapshot.IsPersonal);
        Assert.Null(result.Computers[0].Snapshot.Os);
        Assert.Empty(result.Computers[1].Snapshot.SecurityProducts!);
    }

    [Fact]
    public void DeviceRow_KindsInVietnameseAndEnglish_VendorSpeltOneWay()
    {
        var result = Parse(Table("Thiết bị mạng", DeviceHeader,
            "A|SW-T2|Bộ chuyển mạch|cisco|WS-C2960-24TT-L|FOC1234X0AB|15.0(2)SE11|10.10.1.2|Phòng máy chủ|",
            "A|RT-1|định tuyến|CISCO SYSTEMS|ISR4321||||",
            "A|AP-1|Wi-Fi|TP-Link||||||",
            "A|FW-1|tuong lua|Fortinet||||||",
            "A|MOD-1|Module|||||||"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(["switch", "router", "wireless", "firewall", "module"], result.NetworkDevices.Select(d => d.Kind));
        var sw = result.NetworkDevices[0];
        Assert.Equal(("Cisco", "WS-C2960-24TT-L", "FOC1234X0AB", "15.0(2)SE11", "10.10.1.2", "Phòng máy chủ"), (sw.Vendor, sw.Model, sw.SerialNumber, sw.Firmware, sw.ManagementIp, sw.Location));
        Assert.Equal("Cisco", result.NetworkDevices[1].Vendor);
        Assert.Equal("", result.NetworkDevices[4].Vendor);
    }

    [Theory]
    [InlineData("|PC1", "A", "Mã đơn vị", ImportCodes.UnitRequired)]
    [InlineData("Đơn vị A|PC1", "A", "Mã đơn vị", ImportCodes.UnitInvalid)]
    [InlineData("A|", "B", "Tên máy", ImportCodes.HostnameRequired)]
    [InlineData("A|Máy kế toán", "B", "Tên máy", ImportCodes.HostnameInvalid)]
    [InlineData("A|PC1|12-34", "C", "UUID", ImportCodes.UuidInvalid)]
    [InlineData("A|PC1|00000000-0000-0000-0000-000000000000", "C", "UUID", ImportCodes.UuidInvalid)]
    [InlineData("A|PC1||00:1A:2B:3C:4D:5E;00:1A:2B", "D", "Địa chỉ MAC", ImportCodes.MacInvalid)]
    [InlineData("A|PC1||00:00:00:00:00:00", "D", "Địa chỉ MAC", ImportCodes.MacInvalid)]
    [InlineData("A|PC1|||có lẽ", "E", "Máy cá nhân dùng cho công việc", ImportCodes.YesNoInvalid)]
    [InlineData("A|PC1||||ARM-ish", "F", "Kiến trúc", ImportCodes.ArchitectureInvalid)]
    [InlineData("A|PC1|||||tám", "G", "RAM (GB)", ImportCodes.NumberInvalid)]
    [InlineData("A|PC1|||||0", "G", "RAM (GB)", ImportCodes.NumberOutOfRange)]
    [InlineData("A|PC1|||||8192", "G", "RAM (GB)", ImportCodes.NumberOutOfRange)]
    [InlineData("A|PC1||||||SD card", "H", "Loại ổ đĩa", ImportCodes.DiskKindInvalid)]
    [InlineData("A|PC1|||||||2000000", "I", "Dung lượng ổ đĩa (GB)", ImportCodes.NumberOutOfRange)]
    [InlineData("A|PC1|||||||năm trăm", "I", "Dung lượng ổ đĩa (GB)", ImportCodes.NumberInvalid)]
    public void EachComputerError_PointsAtItsCell(string row, string column, string header, string code)
    {
        var result = Parse(Table("Máy tính",
            "Mã đơn vị|Tên máy|UUID|Địa chỉ MAC|Máy cá nhân dùng cho công việc|Kiến trúc|RAM (GB)|Loại ổ đĩa|Dung lượng ổ đĩa (GB)",
            "A|PC0",
            row));
        var error = Single(result, code);
        Assert.Equal(new CellLocation("Máy tính", 3, column, header), error.Location);
        Assert.Single(result.Errors);
        Assert.Empty(result.Computers);
        Assert.False(string.IsNullOrWhiteSpace(error.Message));
        Assert.False(string.IsNullOrWhiteSpace(error.EnglishMessage));
    }

    [Theory]
    [InlineData("A|SW1|", "C", "Kind", ImportCodes.DeviceKindRequired)]
    [InlineData("A|SW1|máy in", "C", "Kind", ImportCodes.DeviceKindUnknown)]
    [InlineData("A|SW1|switch|10.1", "D", "IP", ImportCodes.IpInvalid)]
    [InlineData("A|SW1|switch|10.0.0.256", "D", "IP", ImportCodes.IpInvalid)]
    [InlineData("A|Switch tầng 2|switch", "B", "Hostname", ImportCodes.HostnameInvalid)]
    public void EachDeviceError_PointsAtItsCell(string row, string column, string header, string code)
    {
        var result = Parse(Table("Sheet1", "Unit code|Hostname|Kind|IP", row));
        var error = Single(result, code);
        Assert.Equal(new CellLocation("Sheet1", 2, column, header), error.Location);
    }

    [Fact]
    public void TooLongText_IsRefused()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy|Người sử dụng", "A|PC1|" + new string('x', 201)));
        Assert.Equal(new CellLocation("Máy tính", 2, "C", "Người sử dụng"), Single(result, ImportCodes.ValueTooLong).Location);
    }

    [Fact]
    public void DuplicateHostnameInAUnit_PointsAtTheSecondRow_AndNamesTheFirst()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy", "A|PC1", "B|pc1", "a|Pc1"));
        var error = Single(result, ImportCodes.HostnameDuplicate);
        Assert.Equal(new CellLocation("Máy tính", 4, "B", "Tên máy"), error.Location);
        Assert.Contains("dòng 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ComputerNames_CompareByShortName_AsTheInventoryMatchesThem()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy", "A|KT-PC01", "A|kt-pc01.xa.local"));
        Assert.Equal(new CellLocation("Máy tính", 3, "B", "Tên máy"), Single(result, ImportCodes.HostnameDuplicate).Location);
    }

    [Fact]
    public void RepeatedSerialUuidOrMac_InTheFile_IsAnError_PlaceholdersAreNot()
    {
        var result = Parse(
            Table("Máy tính", "Mã đơn vị|Tên máy|Số serial|UUID|Địa chỉ MAC",
                "A|PC1|PF0ABC12|4C4C4544-0042-3510-8057-B4C04F384E32|00:1A:2B:3C:4D:5E",
                "B|PC2|pf0abc12||",
                "A|PC3||4c4c4544-0042-3510-8057-b4c04f384e32|",
                "A|PC4|||00-1a-2b-3c-4d-60; 00-1A-2B-3C-4D-5E",
                "A|PC5|To be filled by O.E.M.|03000200-0400-0500-0006-000700080009|02:00:00:00:00:01",
                "A|PC6|To be filled by O.E.M.|03000200-0400-0500-0006-000700080009|02:00:00:00:00:01"),
            Table("Thiết bị mạng", "Mã đơn vị|Tên thiết bị|Loại|Số serial", "A|SW1|switch|FOC1", "A|SW2|switch|FOC1"));
        Assert.Equal(
            [("Máy tính", 3, "C"), ("Máy tính", 4, "D"), ("Máy tính", 5, "E"), ("Thiết bị mạng", 3, "D")],
            result.Errors.Select(e => (e.Location.Sheet, e.Location.Row, e.Location.Column)));
        Assert.All(result.Errors, e => Assert.Equal(ImportCodes.IdentifierDuplicate, e.Code));
    }

    [Fact]
    public void FormulaErrors_AreRefusedAtTheirCell()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy|Người sử dụng", "A|PC1|#N/A"));
        Assert.Equal(new CellLocation("Máy tính", 2, "C", "Người sử dụng"), Single(result, ImportCodes.CellFormulaError).Location);
    }

    [Fact]
    public void SameNameAsComputerAndDevice_IsFine()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy", "A|X1"), Table("Thiết bị mạng", "Mã đơn vị|Tên thiết bị|Loại", "A|X1|switch"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
    }

    [Fact]
    public void HeaderProblems_UnknownDuplicateMissing()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Ten may|Phòng ban|Hostname", "A|PC1|Kế toán|PC1"), Table("Thiết bị mạng", "Tên thiết bị|Loại|Hãng", "SW1|switch|Cisco"));
        Assert.Equal(new CellLocation("Máy tính", 1, "C", "Phòng ban"), Single(result, ImportCodes.ColumnUnknown).Location);
        Assert.Equal(new CellLocation("Máy tính", 1, "D", "Hostname"), Single(result, ImportCodes.ColumnDuplicate).Location);
        Assert.Equal(new CellLocation("Thiết bị mạng", 1, "", "Mã đơn vị"), Single(result, ImportCodes.ColumnMissing).Location);
        Assert.Equal(3, result.Errors.Count);
    }

    [Fact]
    public void TitleRowsAboveTheHeader_AndRowNumberColumn_AreSkipped()
    {
        var result = Parse(Table("Máy tính", "DANH SÁCH MÁY TÍNH", "", "STT|Mã đơn vị|Tên máy|Hệ điều hành", "1|A|PC1|Windows 10 Pro", "", "2|A|PC2|Windows 11 Pro"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal([4, 6], result.Computers.Select(c => c.Unit.Row));
        Assert.Equal("B", result.Computers[0].Unit.Column);
    }

    [Fact]
    public void ValueInAColumnWithoutHeader_IsAnError()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy", "A|PC1||ghi chú lạc"));
        Assert.Equal(new CellLocation("Máy tính", 2, "D", ""), Single(result, ImportCodes.ColumnNoHeader).Location);
    }

    [Fact]
    public void UnnamedSheets_AreReadByTheirHeader_OthersAndInstructionsIgnored()
    {
        var result = Parse(
            Table("Hướng dẫn", "Cột|Ý nghĩa", "Mã đơn vị|Tên máy"),
            Table("Tổng hợp", "Tổng số máy|12"),
            Table("Sheet1", "Unit code|Hostname|Operating system", "A|PC1|Ubuntu 22.04"));
        Assert.True(result.IsValid, string.Join("\n", result.Errors));
        Assert.Equal(OsFamily.Linux, Assert.Single(result.Computers).Snapshot.Os!.Family);
    }

    [Fact]
    public void NoRecognisableSheet_HeaderOnly_NamedSheetWithoutHeader()
    {
        Assert.Equal(ImportCodes.FileNoDataSheet, Assert.Single(Parse(Table("Sheet1", "a|b", "1|2")).Errors).Code);
        Assert.Equal(ImportCodes.FileNoRows, Assert.Single(Parse(Table("Máy tính", "Mã đơn vị|Tên máy")).Errors).Code);
        var noHeader = Assert.Single(Parse(Table("Máy tính", "", "PC1|A")).Errors);
        Assert.Equal((ImportCodes.SheetNoHeader, 2), (noHeader.Code, noHeader.Location.Row));
        Assert.Equal(ImportCodes.SheetKindUnknown, Assert.Single(Parse(Table("Sheet1", "Unit code|Hostname", "A|PC1")).Errors).Code);
    }

    [Fact]
    public void TooManyRows_StopsWithOneError()
    {
        var lines = new[] { "Mã đơn vị|Tên máy" }.Concat(Enumerable.Range(1, 11).Select(i => $"A|PC{i}")).ToArray();
        var result = InventorySheetParser.Parse([Table("Máy tính", lines)], maxRows: 10);
        var error = Assert.Single(result.Errors);
        Assert.Equal((ImportCodes.FileTooManyRows, 12), (error.Code, error.Location.Row));
    }

    [Fact]
    public void ErrorsStopAtTheLimit_WithANote()
    {
        var lines = new[] { "Mã đơn vị|Tên máy|RAM (GB)" }.Concat(Enumerable.Range(1, 600).Select(i => $"A|PC{i}|x")).ToArray();
        var result = Parse(Table("Máy tính", lines));
        Assert.Equal(InventorySheetParser.MaxErrors + 1, result.Errors.Count);
        Assert.Equal(ImportCodes.TooManyErrors, result.Errors[^1].Code);
    }

    [Fact]
    public void RowsWithErrors_StillHaveTheirUnitChecked()
    {
        var result = Parse(Table("Máy tính", "Mã đơn vị|Tên máy|RAM (GB)", "A|PC1|x", "b|PC2|4"));
        Assert.Equal(["A", "B"], result.UnitReferences.Select(r => r.UnitCode));
        Assert.Empty(result.Computers);
    }
}
