using Vigil.Domain.Devices.Snmp;

namespace Vigil.Domain.Tests.Devices.Snmp;

/// <summary>RFC 3414 appendix A.3: password "maplesyrup", engine id 00 00 00 00 00 00 00 00 00 00 00 02.</summary>
public class UsmKeysTests
{
    private static readonly byte[] EngineId = Convert.FromHexString("000000000000000000000002");

    [Fact]
    public void Md5_password_to_key_and_localisation_match_RFC_3414_A_3_1()
    {
        var ku = UsmKeys.PasswordToKey(UsmAuthProtocol.Md5, "maplesyrup");
        Assert.Equal("9FAF3283884E92834EBC9847D8EDD963", Convert.ToHexString(ku));
        Assert.Equal("526F5EED9FCCE26F8964C2930787D82B", Convert.ToHexString(UsmKeys.Localize(UsmAuthProtocol.Md5, ku, EngineId)));
    }

    [Fact]
    public void Sha1_password_to_key_and_localisation_match_RFC_3414_A_3_2()
    {
        var ku = UsmKeys.PasswordToKey(UsmAuthProtocol.Sha1, "maplesyrup");
        Assert.Equal("9FB5CC0381497B3793528939FF788D5D79145211", Convert.ToHexString(ku));
        Assert.Equal("6695FEBC9288E36282235FC7151F128497B38F3F", Convert.ToHexString(UsmKeys.Localize(UsmAuthProtocol.Sha1, ku, EngineId)));
    }

    [Fact]
    public void Sha256_keys_are_32_octets_and_digests_24()
    {
        Assert.Equal(32, UsmKeys.Derive(UsmAuthProtocol.Sha256, "maplesyrup", EngineId).Length);
        Assert.Equal(24, UsmKeys.DigestLength(UsmAuthProtocol.Sha256));
        Assert.Equal(12, UsmKeys.DigestLength(UsmAuthProtocol.Sha1));
    }

    [Fact]
    public void Aes_cfb_round_trips_any_length_and_depends_on_the_salt()
    {
        var key = UsmKeys.Derive(UsmAuthProtocol.Sha1, "privpass123", EngineId);
        for (var length = 0; length < 70; length++)
        {
            var plain = Enumerable.Range(0, length).Select(i => (byte)(i * 7)).ToArray();
            var cipher = UsmCrypto.Encrypt(plain, key, 3, 12345, 42UL, out var salt);
            Assert.Equal(length, cipher.Length);
            Assert.Equal(plain, UsmCrypto.Decrypt(cipher, key, 3, 12345, salt));
            if (length > 0)
            {
                Assert.NotEqual(cipher, UsmCrypto.Encrypt(plain, key, 3, 12345, 43UL, out _));
            }
        }
    }
}
