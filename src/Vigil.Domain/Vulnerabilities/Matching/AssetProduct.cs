using Vigil.Domain.Vulnerabilities.Cpe;

namespace Vigil.Domain.Vulnerabilities.Matching;

/// <summary>
/// Something an asset is or runs, named as a CPE so NVD's criteria can be tested against it. <see cref="RangeVersion"/>
/// is the version ordered against NVD's bounds (a Windows build "10.0.19045.4291", a Cisco version); <see cref="Fact"/>
/// says which inventory fact it came from; <see cref="Uncertain"/> marks a product inferred rather than observed
/// (SMBv1 on by default, a build without its revision).
/// </summary>
public sealed record AssetProduct(CpeName Cpe, string? RangeVersion, VersionScheme Scheme, string Fact, bool Uncertain = false);
