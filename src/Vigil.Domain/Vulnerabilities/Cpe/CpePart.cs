namespace Vigil.Domain.Vulnerabilities.Cpe;

/// <summary>The part attribute of a CPE name: application, operating system or hardware.</summary>
public enum CpePart
{
    Any,
    Application,
    OperatingSystem,
    Hardware,
}
