namespace Vigil.Domain.Devices;

/// <summary>The firmware rule's verdict on one device, with the reason a person reads and the baseline applied.</summary>
public sealed record FirmwareVerdict(FirmwareStatus Status, string Reason, string? BaselineVersion, string? BaselineModel)
{
    public string StatusCode => Status switch
    {
        FirmwareStatus.Pass => "pass",
        FirmwareStatus.Fail => "fail",
        FirmwareStatus.Unknown => "unknown",
        _ => "no_baseline",
    };
}
