using Vigil.Domain.Access;

namespace Vigil.Domain.Demo;

/// <summary>A demo account to create (the password is chosen by whoever seeds it), bound to the unit with <paramref name="UnitCode"/>.</summary>
public sealed record DemoUserSpec(string UserName, string DisplayName, Role Role, string UnitCode);
