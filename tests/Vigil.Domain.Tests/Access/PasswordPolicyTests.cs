using Vigil.Domain.Access;

namespace Vigil.Domain.Tests.Access;

public class PasswordPolicyTests
{
    [Theory]
    [InlineData(null, "password.too_short")]
    [InlineData("Ngắn1!", "password.too_short")]
    [InlineData("xx-NguyenVanA-2025", "password.contains_user_name")]
    [InlineData("aaaaabbbbbaaa", "password.too_simple")]
    public void Weak_passwords_are_refused(string? password, string code) =>
        Assert.Equal(code, PasswordPolicy.Check(password, "nguyenvana")?.Code);

    [Fact]
    public void Good_password_passes() =>
        Assert.Null(PasswordPolicy.Check("Điện Biên Phủ 1954!", "nguyenvana"));

    [Fact]
    public void Lockout_settings_are_sane()
    {
        Assert.InRange(PasswordPolicy.MaxFailedSignIns, 3, 10);
        Assert.True(PasswordPolicy.LockoutDuration >= TimeSpan.FromMinutes(5));
    }
}
