using Vigil.Domain.Access;

namespace Vigil.Domain.Tests.Access;

public class ApiTokenSecretTests
{
    [Fact]
    public void Secrets_are_marked_url_safe_unique_and_recognised()
    {
        var a = ApiTokenSecret.Create();
        var b = ApiTokenSecret.Create();

        Assert.NotEqual(a, b);
        Assert.StartsWith(ApiTokenSecret.Marker, a, StringComparison.Ordinal);
        Assert.Equal(ApiTokenSecret.Marker.Length + 43, a.Length);
        Assert.DoesNotContain(a[ApiTokenSecret.Marker.Length..], c => c is '+' or '/' or '=');
        Assert.True(ApiTokenSecret.LooksLikeToken(a));
        Assert.False(ApiTokenSecret.LooksLikeToken("Bearer something"));
    }

    [Fact]
    public void Hash_is_stable_lower_hex_sha256()
    {
        Assert.Equal("2cf24dba5fb0a30e26e83b2ac5b9e29e1b161e5c1fa7425e73043362938b9824", ApiTokenSecret.Hash("hello"));
        Assert.Equal(ApiTokenSecret.Hash("vgl_x"), ApiTokenSecret.Hash("vgl_x"));
    }

    [Fact]
    public void Prefix_is_the_first_characters()
    {
        var secret = ApiTokenSecret.Create();

        Assert.Equal(secret[..ApiTokenSecret.PrefixLength], ApiTokenSecret.PrefixOf(secret));
        Assert.Equal("vgl_", ApiTokenSecret.PrefixOf("vgl_"));
    }

    [Fact]
    public void Token_is_active_until_revoked_or_expired()
    {
        var now = new DateTime(2025, 7, 1, 0, 0, 0, DateTimeKind.Utc);
        Assert.True(new ApiToken().IsActive(now));
        Assert.False(new ApiToken { ExpiresAt = now }.IsActive(now));
        Assert.False(new ApiToken { RevokedAt = now.AddDays(-1) }.IsActive(now));
    }
}
