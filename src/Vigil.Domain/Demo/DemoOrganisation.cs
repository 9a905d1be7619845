using Vigil.Domain.Access;
using Vigil.Domain.Organisation;

namespace Vigil.Domain.Demo;

/// <summary>
/// A realistic, deterministic demo organisation: the provinces of Điện Biên and Lạng Sơn with communes and wards
/// as they are after the 1/7/2025 reorganisation (districts kept only as <see cref="OrgUnit.FormerDistrict"/>),
/// their agencies, schools and clinics, provincial departments, computers and network devices.
/// </summary>
public static class DemoOrganisation
{
    public const int DefaultSeed = 20250701;

    private sealed record CommuneSpec(string Code, string Name, UnitKind Kind, string FormerDistrict, string Address);

    private static readonly CommuneSpec[] DienBienCommunes =
    [
        new("DB-DIENBIENPHU", "Phường Điện Biên Phủ", UnitKind.Ward, "Thành phố Điện Biên Phủ", "Số 1 đường Võ Nguyên Giáp, phường Điện Biên Phủ"),
        new("DB-MUONGTHANH", "Phường Mường Thanh", UnitKind.Ward, "Thành phố Điện Biên Phủ", "Tổ dân phố 10, phường Mường Thanh"),
        new("DB-MUONGLAY", "Phường Mường Lay", UnitKind.Ward, "Thị xã Mường Lay", "Tổ dân phố Na Nát, phường Mường Lay"),
        new("DB-MUONGANG", "Xã Mường Ảng", UnitKind.Commune, "Huyện Mường Ảng", "Tổ dân phố 4, xã Mường Ảng"),
        new("DB-TUANGIAO", "Xã Tuần Giáo", UnitKind.Commune, "Huyện Tuần Giáo", "Khối Tân Giang, xã Tuần Giáo"),
        new("DB-THANHNUA", "Xã Thanh Nưa", UnitKind.Commune, "Huyện Điện Biên", "Bản Co Mận, xã Thanh Nưa"),
        new("DB-MUONGCHA", "Xã Mường Chà", UnitKind.Commune, "Huyện Mường Chà", "Tổ dân phố 2, xã Mường Chà"),
    ];

    private static readonly CommuneSpec[] LangSonCommunes =
    [
        new("LS-DONGKINH", "Phường Đông Kinh", UnitKind.Ward, "Thành phố Lạng Sơn", "Số 2 đường Hùng Vương, phường Đông Kinh"),
        new("LS-LUONGVANTRI", "Phường Lương Văn Tri", UnitKind.Ward, "Thành phố Lạng Sơn", "Đường Lê Lợi, phường Lương Văn Tri"),
        new("LS-TAMTHANH", "Phường Tam Thanh", UnitKind.Ward, "Thành phố Lạng Sơn", "Đường Tam Thanh, phường Tam Thanh"),
        new("LS-LOCBINH", "Xã Lộc Bình", UnitKind.Commune, "Huyện Lộc Bình", "Khu Bình Minh, xã Lộc Bình"),
        new("LS-NADUONG", "Xã Na Dương", UnitKind.Commune, "Huyện Lộc Bình", "Khu Minh Khai, xã Na Dương"),
        new("LS-DONGDANG", "Xã Đồng Đăng", UnitKind.Commune, "Huyện Cao Lộc", "Khu Ga, xã Đồng Đăng"),
        new("LS-VANQUAN", "Xã Văn Quan", UnitKind.Commune, "Huyện Văn Quan", "Khu Vĩnh Lại, xã Văn Quan"),
    ];

    public static DemoDataset Build(DateTime nowUtc, int seed = DefaultSeed)
    {
        var random = new Random(seed);
        var units = new UnitListBuilder(nowUtc, new DemoIds(nowUtc, random));

        AddProvince(units, "DB", "Tỉnh Điện Biên", "dienbien", "Số 886 đường 7/5, phường Điện Biên Phủ", DienBienCommunes, random);
        AddProvince(units, "LS", "Tỉnh Lạng Sơn", "langson", "Số 2 đường Hùng Vương, phường Đông Kinh", LangSonCommunes, random);

        var assets = new DemoAssetGenerator(nowUtc, random, new DemoIds(nowUtc, random));
        var childCounts = units.Units.Where(u => u.ParentId is not null).GroupBy(u => u.ParentId!.Value).ToDictionary(g => g.Key, g => g.Count());
        foreach (var leaf in units.Units.Where(u => !childCounts.ContainsKey(u.Id)))
        {
            assets.AddFor(leaf);
        }

        assets.AddUnassigned();
        return new DemoDataset(units.Units, assets.InventoryReports, assets.NetworkDevices, Users);
    }

    private static readonly DemoUserSpec[] Users =
    [
        new("dieuphoi.dienbien", "Lò Văn Hùng", Role.Coordinator, "DB"),
        new("dieuphoi.langson", "Hoàng Thị Mai", Role.Coordinator, "LS"),
        new("dieuphoi.muongang", "Quàng Văn Dũng", Role.Coordinator, "DB-MUONGANG"),
        new("canbo.thcs.muongang", "Nguyễn Thị Hà", Role.UnitOfficer, "DB-MUONGANG-THCS"),
        new("canbo.tyt.locbinh", "Vi Văn Toàn", Role.UnitOfficer, "LS-LOCBINH-TYT"),
        new("lanhdao.langson", "Lương Văn Bình", Role.Viewer, "LS"),
    ];

    private static void AddProvince(UnitListBuilder units, string code, string name, string domain, string address, CommuneSpec[] communes, Random random)
    {
        var province = units.Add(null, code, name, UnitKind.Province, address: address, email: $"ubnd@{domain}.gov.vn");
        units.Add(province, $"{code}-VPUBND", $"Văn phòng UBND {name.ToLowerInvariant()[..1]}{name[1..]}", UnitKind.Agency, email: $"vpubnd@{domain}.gov.vn");
        units.Add(province, $"{code}-STC", "Sở Tài chính", UnitKind.Department, email: $"stc@{domain}.gov.vn");
        var science = units.Add(province, $"{code}-SKHCN", "Sở Khoa học và Công nghệ", UnitKind.Department, email: $"skhcn@{domain}.gov.vn");
        units.Add(science, $"{code}-SKHCN-TTCNTT", "Trung tâm Công nghệ thông tin và Truyền thông", UnitKind.Agency, email: $"ttcntt@{domain}.gov.vn");

        foreach (var spec in communes)
        {
            var commune = units.Add(province, spec.Code, spec.Name, spec.Kind, spec.FormerDistrict, spec.Address);
            var shortName = spec.Name.ToLowerInvariant()[..1] + spec.Name[1..];
            var place = spec.Name[(spec.Name.IndexOf(' ', StringComparison.Ordinal) + 1)..];
            units.Add(commune, $"{spec.Code}-UBND", $"Văn phòng HĐND và UBND {shortName}", UnitKind.Agency, spec.FormerDistrict, spec.Address);
            units.Add(commune, $"{spec.Code}-TYT", $"Trạm Y tế {shortName}", UnitKind.Clinic, spec.FormerDistrict);
            units.Add(commune, $"{spec.Code}-THCS", $"Trường THCS {place}", UnitKind.School, spec.FormerDistrict);
            units.Add(commune, $"{spec.Code}-TH", $"Trường Tiểu học {place}", UnitKind.School, spec.FormerDistrict);
            if (random.Next(3) > 0)
            {
                units.Add(commune, $"{spec.Code}-MN", $"Trường Mầm non {place}", UnitKind.School, spec.FormerDistrict);
            }
        }
    }

    /// <summary>Collects units parents first, filling ids, paths, depths and times.</summary>
    private sealed class UnitListBuilder(DateTime nowUtc, DemoIds ids)
    {
        public List<OrgUnit> Units { get; } = [];

        public OrgUnit Add(OrgUnit? parent, string code, string name, UnitKind kind, string? formerDistrict = null, string? address = null, string? email = null)
        {
            var unit = new OrgUnit
            {
                Id = ids.Next(),
                ParentId = parent?.Id,
                Code = code,
                Name = name,
                Kind = kind,
                Depth = parent is null ? 0 : parent.Depth + 1,
                FormerDistrict = formerDistrict,
                ContactEmail = email,
                Address = address,
                CreatedAt = nowUtc,
                UpdatedAt = nowUtc,
            };
            unit.Path = UnitTree.PathFor(unit.Id, parent);
            Units.Add(unit);
            return unit;
        }
    }
}
