using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Import;
using Vigil.Domain.Indicators.Packs;
using Vigil.Domain.Indicators.Warnings;

namespace Vigil.Domain.Tests.Indicators;

public class WannaCryPackTests
{
    [Fact]
    public void The_pack_holds_the_maltrail_domains_and_sophos_hashes_with_attribution()
    {
        var pack = IndicatorPacks.WannaCry;

        Assert.Equal("wannacry", pack.Id);
        Assert.Equal(65, pack.Indicators.Count(i => i.Type == IndicatorType.Domain));
        Assert.Equal(20_999, pack.Indicators.Count(i => i.Type == IndicatorType.Sha1));
        Assert.Equal(65 + 20_999, pack.Indicators.Count);
        Assert.All(pack.Indicators, i => Assert.Equal("WannaCry", i.Family));
        Assert.All(pack.Indicators, i => Assert.Equal(Tlp.Clear, i.Tlp));
        Assert.Contains(pack.Attribution, a => a.Contains("Maltrail", StringComparison.Ordinal) && a.Contains("MIT", StringComparison.Ordinal));
        Assert.Contains(pack.Attribution, a => a.Contains("SophosLabs", StringComparison.Ordinal));
        Assert.Contains("SophosLabs IoCs (sophoslabs/IoCs)", pack.Indicators.First(i => i.Value.Value == "3b669778698972c402f7c149fc844d0ddb3a00e8").Sources);
        Assert.Equal(4, pack.Reports.Sum(r => r.RejectedCount));
    }

    [Fact]
    public void Kill_switch_domains_are_pinned_alert_only_and_never_blocked()
    {
        var pack = IndicatorPacks.WannaCry;

        Assert.Equal(3, pack.KillSwitchDomains.Count);
        foreach (var domain in pack.KillSwitchDomains)
        {
            var indicator = pack.Indicators.Single(i => i.Value == new IndicatorValue(IndicatorType.Domain, domain));
            Assert.Equal(IndicatorAction.AlertOnly, indicator.Action);
            Assert.True(indicator.AlertOnlyPinned);
            Assert.Contains("kill-switch", indicator.Tags);
            Assert.Contains(WarningList.Check(indicator), w => w.Code == WarningCodes.KillSwitch && !w.Overridable);

            var blockedElsewhere = Indicator.Create(indicator.Value, "another feed") with { Action = IndicatorAction.Block };
            Assert.Equal(IndicatorAction.AlertOnly, IndicatorMerge.Merge(blockedElsewhere, indicator).Action);
        }

        Assert.All(pack.Indicators.Where(i => !pack.KillSwitchDomains.Contains(i.Value.Value)), i => Assert.Equal(IndicatorAction.Block, i.Action));
    }

    [Fact]
    public void The_typos_of_the_source_are_rejected_with_their_lines()
    {
        var maltrail = IndicatorPacks.WannaCry.Reports.Single(r => r.File == "wannacry-maltrail.txt");

        Assert.Equal(["rbacrbyq2czpwn15net", "rbacrbyq2czpwn15net", "ww|d4ztkurz4.com", "ww|d4ztkurz4.com"], maltrail.Rejected.Select(e => e.Raw!).Order(StringComparer.Ordinal));
        Assert.All(maltrail.Rejected, e => Assert.Equal(ImportCodes.InvalidValue, e.Code));
    }
}
