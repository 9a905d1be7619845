using Vigil.Domain.Compliance;

namespace Vigil.Domain.Demo;

/// <summary>
/// How far the demo units have got with the directive: who works on which remediation item and how far, which Windows
/// 10 computers have bought extended security updates, and the eight weeks of daily counts before today, in which
/// failures fall steadily towards today's figures. Deterministic: the same items in the same order get the same steps.
/// </summary>
public static class DemoCompliance
{
    public const int HistoryDays = 56;

    public const string EsuNote = "Gói cập nhật bảo mật mở rộng (ESU) năm thứ hai, hợp đồng số 15/2026/HĐ-CNTT";

    private static readonly string[] s_technicians =
        ["Nguyễn Văn Nam", "Lò Thị Hương", "Hoàng Văn Dũng", "Vi Thị Mai", "Lường Văn Tâm", "Nông Thị Lan", "Tòng Văn Khoa"];

    /// <summary>What has been done with an open item: its status, owner and the note of the last step.</summary>
    public sealed record Step(RemediationStatus Status, string? Owner, string? Note, bool NoteIsEvidence);

    /// <summary>The step of the <paramref name="index"/>-th open item: three in ten untouched, the rest under way.</summary>
    public static Step StepFor(int index, RemediationKind kind)
    {
        var owner = s_technicians[index % s_technicians.Length];
        return (index % 10) switch
        {
            < 3 => new Step(RemediationStatus.Planned, null, null, false),
            < 6 => new Step(RemediationStatus.Planned, owner, null, false),
            < 8 => new Step(RemediationStatus.InProgress, owner, InProgressNote(kind), false),
            8 => new Step(RemediationStatus.Done, owner, DoneNote(kind), true),
            _ => new Step(RemediationStatus.InProgress, owner, "Đã liên hệ người dùng máy, hẹn lịch làm việc.", false),
        };
    }

    /// <summary>One Windows 10 computer in eight is covered by extended security updates.</summary>
    public static bool HasEsu(int index) => index % 8 == 3;

    /// <summary>
    /// Counts of the <see cref="HistoryDays"/> days before <paramref name="today"/>: the same computers, with a share of
    /// today's passes still failing back then, growing linearly into the past (a third for the directive's own rules).
    /// </summary>
    public static List<ComplianceDailyCount> History(IEnumerable<ComplianceDailyCount> todays, DateOnly today, DateTime countedAt)
    {
        ArgumentNullException.ThrowIfNull(todays);
        var history = new List<ComplianceDailyCount>();
        foreach (var now in todays)
        {
            var share = now.RuleId is "supported-os" or "upgrade-triage" or "anti-malware" or "edr" ? 0.34 : 0.15;
            for (var daysBack = 1; daysBack <= HistoryDays; daysBack++)
            {
                var fixedSince = (int)Math.Round(now.Pass * share * daysBack / HistoryDays, MidpointRounding.AwayFromZero);
                history.Add(new ComplianceDailyCount
                {
                    UnitId = now.UnitId,
                    RuleId = now.RuleId,
                    Day = today.AddDays(-daysBack),
                    Pass = now.Pass - fixedSince,
                    Fail = now.Fail + fixedSince,
                    Unknown = now.Unknown,
                    NotApplicable = now.NotApplicable,
                    CountedAt = countedAt.AddDays(-daysBack),
                });
            }
        }

        return history;
    }

    private static string InProgressNote(RemediationKind kind) => kind switch
    {
        RemediationKind.UpgradePartsThenReinstall => "Đã đề xuất mua RAM 4 GB và SSD 240 GB, chờ phê duyệt kinh phí.",
        RemediationKind.Replace => "Đã đưa vào danh sách đề nghị thay thế năm 2027.",
        RemediationKind.ReinstallOs => "Đã sao lưu dữ liệu, chuẩn bị cài lại hệ điều hành.",
        RemediationKind.InstallAntiMalware or RemediationKind.FixAntiMalware => "Đang cài đặt và cập nhật Bkav Endpoint.",
        _ => "Đang xử lý.",
    };

    private static string DoneNote(RemediationKind kind) => kind switch
    {
        RemediationKind.ReinstallOs or RemediationKind.UpgradePartsThenReinstall => "Đã cài Windows 11, chờ máy gửi kiểm kê để xác nhận. Biên bản số 27/BB-CNTT.",
        RemediationKind.Replace => "Đã bàn giao máy mới theo biên bản số 31/BB-CNTT.",
        RemediationKind.InstallAntiMalware or RemediationKind.FixAntiMalware => "Đã cài Bkav Endpoint và quét toàn bộ máy.",
        _ => "Đã xử lý xong.",
    };
}
