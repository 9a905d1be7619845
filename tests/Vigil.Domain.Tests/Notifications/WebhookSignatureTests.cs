using Vigil.Domain.Notifications;

namespace Vigil.Domain.Tests.Notifications;

public sealed class WebhookSignatureTests
{
    private static readonly DateTimeOffset Now = new(2025, 3, 3, 2, 15, 0, TimeSpan.Zero);

    [Fact]
    public void A_signature_is_the_hmac_of_time_and_body_and_verifies_only_unchanged_and_fresh()
    {
        const string body = "{\"event\":\"incident.created\"}";
        var header = WebhookSignature.Sign("secret", Now.ToUnixTimeSeconds(), body);
        // HMAC-SHA256 of "1740968100.{body}" with key "secret", computed independently with Python's hmac module.
        Assert.Equal("t=1740968100,v1=c5c96b752e34e0e49da834a1b3019a1728b689ca9914b6785956af840ea10dbc", header);
        Assert.True(WebhookSignature.Verify("secret", header, body, Now.AddMinutes(2), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("secret", header, body + " ", Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("other", header, body, Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("secret", header, body, Now.AddMinutes(6), TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("secret", "t=x,v1=00", body, Now, TimeSpan.FromMinutes(5)));
        Assert.False(WebhookSignature.Verify("secret", "", body, Now, TimeSpan.FromMinutes(5)));
    }

    [Fact]
    public void Retries_double_from_a_minute_up_to_six_hours_and_stop_after_ten()
    {
        Assert.Equal(TimeSpan.FromMinutes(1), RetrySchedule.After(1));
        Assert.Equal(TimeSpan.FromMinutes(8), RetrySchedule.After(4));
        Assert.Equal(TimeSpan.FromMinutes(256), RetrySchedule.After(9));
        Assert.Equal(TimeSpan.FromHours(6), RetrySchedule.After(10));
        Assert.False(RetrySchedule.Exhausted(9));
        Assert.True(RetrySchedule.Exhausted(10));
    }
}
