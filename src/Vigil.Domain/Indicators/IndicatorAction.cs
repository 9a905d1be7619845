namespace Vigil.Domain.Indicators;

/// <summary>What enforcement points do with a match.</summary>
public enum IndicatorAction
{
    /// <summary>Drop the traffic, refuse the DNS answer (RPZ), quarantine the file.</summary>
    Block = 0,

    /// <summary>Log and alert only; the traffic passes (IDS alert rule, DNS logging without sinkholing).</summary>
    AlertOnly = 1,
}
