using Vigil.Domain.Devices.Snmp;

namespace Vigil.Domain.Tests.Devices.Snmp;

public class SnmpCodecTests
{
    private static readonly SnmpOid SysDescr = SnmpOid.Parse("1.3.6.1.2.1.1.1.0");

    [Fact]
    public void A_v2c_get_is_encoded_as_net_snmp_sends_it()
    {
        var bytes = SnmpCodec.EncodeV2c("public"u8, SnmpPdu.Get(1, [SysDescr]));
        Assert.Equal("302602010104067075626C6963A019020101020100020100300E300C06082B060102010101000500", Convert.ToHexString(bytes));
    }

    [Theory]
    [InlineData(0L, "020100")]
    [InlineData(127L, "02017F")]
    [InlineData(128L, "02020080")]
    [InlineData(256L, "02020100")]
    [InlineData(-1L, "0201FF")]
    [InlineData(-128L, "020180")]
    [InlineData(-129L, "0202FF7F")]
    [InlineData(2147483647L, "02047FFFFFFF")]
    public void Integers_take_their_shortest_form(long value, string hex)
    {
        Assert.Equal(hex, Convert.ToHexString(BerWriter.Integer(value)));
        var reader = new BerReader(Convert.FromHexString(hex));
        Assert.True(reader.TryReadInteger("n", out var back));
        Assert.Equal(value, back);
    }

    [Theory]
    [InlineData("1.3.6.1.2.1.47.1.1.1.1.13.1001")]
    [InlineData("1.3.6.1.4.1.9.1.1208")]
    [InlineData("2.999.4294967295")]
    [InlineData("0.0")]
    public void Oids_round_trip(string text)
    {
        var oid = SnmpOid.Parse(text);
        Assert.True(SnmpOid.TryDecode(oid.Encode(), out var back));
        Assert.Equal(text, back.ToString());
    }

    [Theory]
    [InlineData("")]
    [InlineData("1")]
    [InlineData("3.1")]
    [InlineData("1.40")]
    [InlineData("1.3..6")]
    [InlineData("1.3.6.x")]
    [InlineData("1.3.4294967296")]
    public void Bad_oid_text_is_refused(string text) => Assert.False(SnmpOid.TryParse(text, out _));

    [Fact]
    public void Oids_order_as_a_walk_visits_them()
    {
        Assert.True(SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2.9") < SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2.10"));
        Assert.True(SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2") < SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2.1"));
        Assert.True(SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2.1").StartsWith(SnmpOid.Parse("1.3.6.1.2.1.47.1.1.1.1.2")));
    }

    [Fact]
    public void A_v2c_response_decodes_with_its_values()
    {
        var pdu = new SnmpPdu(BerTag.Response, 77, 0, 0,
        [
            new SnmpVarBind(SysDescr, SnmpValue.FromText("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4")),
            new SnmpVarBind(SnmpOid.Parse("1.3.6.1.2.1.1.2.0"), new SnmpValue(BerTag.ObjectIdentifier, 0, [], SnmpOid.Parse("1.3.6.1.4.1.9.1.1208"))),
            new SnmpVarBind(SnmpOid.Parse("1.3.6.1.2.1.1.3.0"), new SnmpValue(BerTag.TimeTicks, 4_294_967_295, [], null)),
            new SnmpVarBind(SnmpOid.Parse("1.3.6.1.2.1.1.9.0"), new SnmpValue(BerTag.NoSuchObject, 0, [], null)),
        ]);
        var decoded = SnmpCodec.Decode(SnmpCodec.EncodeV2c("cisco"u8, pdu));

        Assert.True(decoded.IsSuccess, decoded.Error?.Message);
        var back = decoded.Value!.Pdu!;
        Assert.Equal(77, back.RequestId);
        Assert.Equal("Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(7)E4", back.VarBinds[0].Value.Text);
        Assert.Equal("1.3.6.1.4.1.9.1.1208", back.VarBinds[1].Value.Text);
        Assert.Equal(4_294_967_295, back.VarBinds[2].Value.Number);
        Assert.True(back.VarBinds[3].Value.IsException);
    }

    [Theory]
    [InlineData(UsmAuthProtocol.Sha1)]
    [InlineData(UsmAuthProtocol.Sha256)]
    [InlineData(UsmAuthProtocol.Md5)]
    public void A_v3_authPriv_message_opens_with_the_same_keys_and_not_with_others(UsmAuthProtocol auth)
    {
        var engine = new UsmEngine(Convert.FromHexString("80004FB805766D3B014C40"), 4, 1000);
        var user = new UsmUser("vigil", auth, "authpass123", UsmPrivProtocol.Aes128, "privpass123").Localize(engine.EngineId);
        var message = SnmpV3Messages.Request(user, engine, 4242, SnmpPdu.Get(99, [SysDescr]), "cisco"u8, 7UL);

        var opened = SnmpV3Messages.Open(message, user, 4242);
        Assert.True(opened.IsSuccess, opened.Error?.Message);
        Assert.Equal(99, opened.Value!.Pdu.RequestId);
        Assert.Equal(SysDescr, opened.Value.Pdu.VarBinds[0].Oid);
        Assert.Equal("cisco"u8.ToArray(), opened.Value.ContextName);

        var wrongAuth = new UsmUser("vigil", auth, "authpass124", UsmPrivProtocol.Aes128, "privpass123").Localize(engine.EngineId);
        Assert.Equal(SnmpCodes.WrongDigest, SnmpV3Messages.Open(message, wrongAuth, 4242).Error!.Code);
        var wrongPriv = new UsmUser("vigil", auth, "authpass123", UsmPrivProtocol.Aes128, "privpass124").Localize(engine.EngineId);
        Assert.Equal(SnmpCodes.DecryptionError, SnmpV3Messages.Open(message, wrongPriv, 4242).Error!.Code);
        Assert.Equal(SnmpV3Messages.OtherMessage, SnmpV3Messages.Open(message, user, 4243).Error!.Code);

        message[^3] ^= 0x01;
        Assert.Equal(SnmpCodes.WrongDigest, SnmpV3Messages.Open(message, user, 4242).Error!.Code);
    }

    [Fact]
    public void Reports_name_their_cause()
    {
        SnmpPdu Report(SnmpOid oid) => new(BerTag.Report, 1, 0, 0, [new SnmpVarBind(oid, new SnmpValue(BerTag.Counter32, 1, [], null))]);
        Assert.Equal(SnmpCodes.UnknownUserName, SnmpV3Messages.ReportError(Report(SnmpV3Messages.UnknownUserNames), "x")!.Code);
        Assert.Equal(SnmpCodes.WrongDigest, SnmpV3Messages.ReportError(Report(SnmpV3Messages.WrongDigests), "x")!.Code);
        Assert.Equal(SnmpCodes.DecryptionError, SnmpV3Messages.ReportError(Report(SnmpV3Messages.DecryptionErrors), "x")!.Code);
        Assert.Equal(SnmpCodes.NotInTimeWindow, SnmpV3Messages.ReportError(Report(SnmpV3Messages.NotInTimeWindows), "x")!.Code);
        Assert.Null(SnmpV3Messages.ReportError(new SnmpPdu(BerTag.Response, 1, 0, 0, []), "x"));
    }

    [Theory]
    [InlineData("", SnmpCodes.Malformed)]
    [InlineData("3000", SnmpCodes.Malformed)]
    [InlineData("308400000000", SnmpCodes.Malformed)]
    [InlineData("3080020101", SnmpCodes.Malformed)]
    [InlineData("3003020100", SnmpCodes.UnsupportedVersion)]
    [InlineData("302602010104067075626C6963A019020101020100020100300E300C06082B0601020101010005", SnmpCodes.Malformed)]
    public void Malformed_messages_are_typed_errors(string hex, string code)
    {
        var result = SnmpCodec.Decode(Convert.FromHexString(hex));
        Assert.False(result.IsSuccess);
        Assert.Equal(code, result.Error!.Code);
    }
}
