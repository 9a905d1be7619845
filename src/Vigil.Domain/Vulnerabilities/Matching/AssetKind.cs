namespace Vigil.Domain.Vulnerabilities.Matching;

public enum AssetKind
{
    Computer,
    Device,
}
