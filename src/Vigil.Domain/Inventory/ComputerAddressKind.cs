namespace Vigil.Domain.Inventory;

/// <summary>What a <see cref="ComputerAddress"/> row holds.</summary>
public enum ComputerAddressKind
{
    /// <summary>An IPv4 or IPv6 address of a network interface, in canonical text.</summary>
    Ip,

    /// <summary>A hostname as reported, and the hostname joined to the domain when the report names one.</summary>
    Hostname,
}
