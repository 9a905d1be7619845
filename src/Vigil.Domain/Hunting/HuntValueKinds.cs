namespace Vigil.Domain.Hunting;

/// <summary>Which kinds of indicator a log field can hold; structured readers only accept hits of these kinds there.</summary>
[Flags]
public enum HuntValueKinds
{
    None = 0,

    /// <summary>IPv4, IPv6 and CIDR indicators.</summary>
    Address = 1,
    Domain = 2,
    Url = 4,

    /// <summary>MD5, SHA-1 and SHA-256.</summary>
    Hash = 8,
    All = Address | Domain | Url | Hash,
}
