namespace Vigil.Domain.Devices;

// From findings to the result: chassis model and serial from show version or show inventory, the version parsed by
// its family's grammar, the uptime read, the kind guessed, and warnings for what is missing.
public static partial class CiscoCliParser
{
    private static DeviceFacts Build(CliFacts facts)
    {
        var chassis = facts.Modules.FirstOrDefault(m => m.IsChassis);

        // NX-OS's show version names the chassis loosely ("Nexus9000 C9396PX") and small-business switches only describe
        // it (SG350-28P for PID SG350-28P-K9); show inventory has the product id.
        var model = facts.Family is CiscoOsFamily.NxOs or CiscoOsFamily.SmallBusiness ? chassis?.ProductId ?? facts.Model : facts.Model ?? chassis?.ProductId;
        var serial = facts.Serial?.Value ?? chassis?.Serial;
        if (facts.Serial is { } fromVersion && chassis?.Serial is { } fromInventory
            && !string.Equals(fromVersion.Value, fromInventory, StringComparison.OrdinalIgnoreCase)
            && !facts.Modules.Any(m => string.Equals(m.Serial, fromVersion.Value, StringComparison.OrdinalIgnoreCase)))
        {
            facts.Warn(fromVersion.Line, DeviceParseCodes.SerialMismatch,
                $"show version gives serial '{fromVersion.Value}' but show inventory gives the chassis '{fromInventory}' (line {chassis.Line}); the first is reported");
        }

        CiscoVersion? version = null;
        if (facts.Version is { } text)
        {
            var parsed = CiscoVersion.Parse(facts.Family, text.Value);
            if (parsed.IsSuccess)
            {
                version = parsed.Value;
            }
            else
            {
                facts.Warn(text.Line, DeviceParseCodes.VersionUnparsed, $"{parsed.Error!.Message} It is kept as printed and cannot be compared.");
            }
        }

        var hostname = facts.Hostname?.Value;
        if (hostname is null && facts.PromptHost is not null)
        {
            hostname = facts.PromptHost;
            facts.Warn(null, DeviceParseCodes.HostnameFromPrompt, $"the hostname '{hostname}' is taken from the prompt");
        }

        TimeSpan? uptime = null;
        if (facts.Uptime is { } up)
        {
            uptime = UptimeText.Parse(up.Text);
            if (uptime is null)
            {
                facts.Warn(up.Line, DeviceParseCodes.UptimeUnparsed, $"the uptime '{Shorten(up.Text)}' could not be read; it is kept as text");
            }
        }

        var kind = DeviceKindGuess.Guess(facts.Family, model ?? chassis?.Description, facts.SoftwareDescription);
        if (facts.Family == CiscoOsFamily.Unknown)
        {
            facts.Warn(null, DeviceParseCodes.NoShowVersion, "only show inventory was found: the software and its version are unknown; paste show version too");
        }

        if (model is null)
        {
            facts.Warn(null, DeviceParseCodes.ModelMissing, facts.Family == CiscoOsFamily.AireOs
                ? "show sysinfo does not name the model; paste show inventory too"
                : "the output names no model");
        }

        if (serial is null)
        {
            facts.Warn(null, DeviceParseCodes.SerialMissing, "the output gives no serial number; paste show inventory too");
        }

        if (kind is null)
        {
            facts.Warn(null, DeviceParseCodes.KindUnknown, $"the kind of device could not be told from model '{model}'; set it by hand");
        }

        return new DeviceFacts
        {
            Vendor = Cisco,
            Kind = kind,
            OsFamily = facts.Family,
            VersionText = facts.Version?.Value,
            Version = version,
            Image = facts.Image,
            SoftwareImage = facts.SoftwareImage,
            Model = model,
            Serial = serial,
            Hostname = hostname,
            ManagementAddress = facts.ManagementAddress,
            UptimeText = facts.Uptime?.Text,
            Uptime = uptime,
            LastReloadReason = facts.ReloadReason,
            ConfigRegister = facts.ConfigRegister,
            Modules = facts.Modules.ToArray(),
            Commands = facts.Commands.OrderBy(c => c.Line).ToArray(),
            Warnings = facts.Warnings.ToArray(),
        };
    }
}
