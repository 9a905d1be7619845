using Vigil.Domain.Devices.Snmp;

namespace Vigil.Domain.Tests.Devices.Snmp;

/// <summary>
/// Seeded, so a failure reproduces: valid v2c and v3 messages flipped, cut, spliced and replaced by noise must decode
/// to a value or a typed error — never an exception — and opening them as v3 replies must not throw either.
/// </summary>
public class SnmpCodecFuzzTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    [InlineData(4)]
    public void Mangled_messages_never_throw(int seed)
    {
        var random = new Random(seed);
        var samples = Samples();
        var engine = new UsmEngine(Convert.FromHexString("80004FB805766D3B014C40"), 1, 10);
        var user = new UsmUser("vigil", UsmAuthProtocol.Sha1, "authpass123", UsmPrivProtocol.Aes128, "privpass123").Localize(engine.EngineId);
        for (var i = 0; i < 3000; i++)
        {
            var sample = samples[random.Next(samples.Count)];
            var input = (i % 4) switch
            {
                0 => Flip(sample, random),
                1 => sample[..random.Next(sample.Length + 1)],
                2 => [.. sample[..random.Next(sample.Length)], .. samples[random.Next(samples.Count)][random.Next(10)..]],
                _ => Noise(random),
            };

            var decoded = SnmpCodec.Decode(input);
            Assert.True(decoded.IsSuccess || decoded.Error!.Code.StartsWith("snmp.", StringComparison.Ordinal));
            var opened = SnmpV3Messages.Open(input, user, 4242);
            Assert.True(opened.IsSuccess || opened.Error!.Code.StartsWith("snmp.", StringComparison.Ordinal));
            var scoped = SnmpCodec.DecodeScopedPdu(input);
            Assert.True(scoped.IsSuccess || scoped.Error!.Code == SnmpCodes.Malformed);
        }
    }

    private static List<byte[]> Samples()
    {
        var engine = new UsmEngine(Convert.FromHexString("80004FB805766D3B014C40"), 1, 10);
        var oids = new[] { SnmpOid.Parse("1.3.6.1.2.1.1.1.0"), SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.13") };
        var response = new SnmpPdu(BerTag.Response, 5, 0, 0,
        [
            new SnmpVarBind(oids[0], SnmpValue.FromText("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4")),
            new SnmpVarBind(oids[1], new SnmpValue(BerTag.Gauge32, 12, [], null)),
        ]);
        var sha = new UsmUser("vigil", UsmAuthProtocol.Sha1, "authpass123", UsmPrivProtocol.Aes128, "privpass123").Localize(engine.EngineId);
        var sha256 = new UsmUser("vigil", UsmAuthProtocol.Sha256, "authpass123", UsmPrivProtocol.None, null).Localize(engine.EngineId);
        return
        [
            SnmpCodec.EncodeV2c("public"u8, SnmpPdu.Get(1, oids)),
            SnmpCodec.EncodeV2c("public"u8, response),
            SnmpCodec.EncodeV2c("public"u8, SnmpPdu.GetBulk(9, 25, oids)),
            SnmpV3Messages.Discovery(4242, 1),
            SnmpV3Messages.Request(sha, engine, 4242, response, "cisco"u8, 1),
            SnmpV3Messages.Request(sha256, engine, 4242, response, ""u8, 1),
        ];
    }

    private static byte[] Flip(byte[] sample, Random random)
    {
        var copy = sample.ToArray();
        for (var n = random.Next(1, 4); n > 0; n--)
        {
            copy[random.Next(copy.Length)] = (byte)random.Next(256);
        }

        return copy;
    }

    private static byte[] Noise(Random random)
    {
        var bytes = new byte[random.Next(0, 80)];
        random.NextBytes(bytes);
        if (bytes.Length > 2 && random.Next(2) == 0)
        {
            bytes[0] = 0x30;
        }

        return bytes;
    }
}
