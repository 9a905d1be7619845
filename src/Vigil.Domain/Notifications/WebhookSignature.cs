using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigil.Domain.Notifications;

/// <summary>
/// The webhook signature: HMAC-SHA256 over "<c>{unix seconds}.{body}</c>" with the subscription's secret, sent as
/// <c>X-Vigil-Signature: t={unix seconds},v1={hex}</c>. The timestamp lets receivers refuse replays.
/// </summary>
public static class WebhookSignature
{
    public const string Header = "X-Vigil-Signature";

    public static string Sign(string secret, long unixSeconds, string body)
    {
        ArgumentNullException.ThrowIfNull(secret);
        ArgumentNullException.ThrowIfNull(body);
        var mac = HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body));
        return string.Create(CultureInfo.InvariantCulture, $"t={unixSeconds},v1={Convert.ToHexStringLower(mac)}");
    }

    /// <summary>True when the header matches the body and its time is within <paramref name="tolerance"/> of now.</summary>
    public static bool Verify(string secret, string header, string body, DateTimeOffset now, TimeSpan tolerance)
    {
        ArgumentNullException.ThrowIfNull(header);
        var parts = header.Split(',').Select(p => p.Split('=', 2)).Where(p => p.Length == 2).ToDictionary(p => p[0].Trim(), p => p[1].Trim());
        if (!parts.TryGetValue("t", out var t) || !long.TryParse(t, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds) || !parts.ContainsKey("v1"))
        {
            return false;
        }

        if (Math.Abs(now.ToUnixTimeSeconds() - seconds) > tolerance.TotalSeconds)
        {
            return false;
        }

        var expected = Encoding.ASCII.GetBytes(Sign(secret, seconds, body));
        return CryptographicOperations.FixedTimeEquals(expected, Encoding.ASCII.GetBytes(header.Trim()));
    }
}
