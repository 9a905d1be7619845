namespace Vigil.Domain.Compliance;

/// <summary>The work a failing verdict asks for; the remediation board creates one item per failing verdict of a kind other than None.</summary>
public enum RemediationKind
{
    None = 0,
    ReinstallOs = 1,
    UpgradePartsThenReinstall = 2,
    Replace = 3,
    InstallAntiMalware = 4,

    /// <summary>Enable the product, turn real-time protection on, update signatures, run a scan.</summary>
    FixAntiMalware = 5,
    InstallPatch = 6,
    DisableSmb1 = 7,
    RefreshInventory = 8,
}
