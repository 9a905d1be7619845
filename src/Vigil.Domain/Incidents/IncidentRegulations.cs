namespace Vigil.Domain.Incidents;

/// <summary>
/// The embedded reporting rules and the choice among them. Circular 20/2017/TT-BTTTT (in force 1/11/2017) requires
/// the operator of an information system to notify the system owner, the national coordinating body and the
/// responsible response team at the latest 5 days after detecting an incident. Since 1/3/2025 the Ministry of Public
/// Security holds the state management of network information security handed over by the Ministry of Information
/// and Communications, assigned to its Department of Cybersecurity and High-Tech Crime Prevention (A05); the second
/// rule addresses reports there. Sources are in docs/incidents.md.
/// </summary>
public static class IncidentRegulations
{
    public static IReadOnlyList<IncidentRegulation> Defaults { get; } =
    [
        new IncidentRegulation
        {
            Id = "tt20-2017",
            Basis = "Thông tư 20/2017/TT-BTTTT ngày 12/9/2017 của Bộ Thông tin và Truyền thông",
            EffectiveFrom = new DateOnly(2017, 11, 1),
            EffectiveTo = new DateOnly(2025, 2, 28),
            InitialReportDays = 5,
            RecipientAuthority = "Cục An toàn thông tin (Trung tâm Giám sát an toàn không gian mạng quốc gia), Bộ Thông tin và Truyền thông",
            FormVersion = "TT20/2017",
            Source = "Thông tư 20/2017/TT-BTTTT, Điều 11 (thông báo sự cố chậm nhất 05 ngày kể từ khi phát hiện)",
        },
        new IncidentRegulation
        {
            Id = "tt20-2017-bca-2025",
            Basis = "Thông tư 20/2017/TT-BTTTT; chức năng quản lý nhà nước về an toàn thông tin mạng chuyển sang Bộ Công an từ 01/3/2025",
            EffectiveFrom = new DateOnly(2025, 3, 1),
            InitialReportDays = 5,
            RecipientAuthority = "Cục An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (A05), Bộ Công an",
            FormVersion = "TT20/2017 (áp dụng từ 01/3/2025)",
            Source = "Biên bản bàn giao chức năng bảo đảm an toàn thông tin mạng giữa Bộ TT&TT và Bộ Công an ngày 28/02/2025",
        },
    ];

    /// <summary>The rule in force on the local day of detection; the latest-starting one wins when several overlap.</summary>
    public static IncidentRegulation? InForce(IReadOnlyList<IncidentRegulation> rules, DateOnly detectedOn) =>
        rules.Where(r => r.AppliesOn(detectedOn)).OrderByDescending(r => r.EffectiveFrom).FirstOrDefault();

    /// <summary>The initial report's deadline: the detection instant plus the rule's days.</summary>
    public static DateTime DueAt(IncidentRegulation rule, DateTime detectedAtUtc) => detectedAtUtc.AddDays(rule.InitialReportDays);
}
