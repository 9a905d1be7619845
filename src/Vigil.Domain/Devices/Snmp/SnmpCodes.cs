namespace Vigil.Domain.Devices.Snmp;

/// <summary>Stable error codes of SNMP decoding and polling; clients and tests switch on them.</summary>
public static class SnmpCodes
{
    public const string Malformed = "snmp.malformed";
    public const string UnsupportedVersion = "snmp.unsupported_version";
    public const string UnsupportedSecurityModel = "snmp.unsupported_security_model";
    public const string Timeout = "snmp.timeout";
    public const string UnknownUserName = "snmp.unknown_user";
    public const string WrongDigest = "snmp.wrong_digest";
    public const string DecryptionError = "snmp.decryption_error";
    public const string NotInTimeWindow = "snmp.not_in_time_window";
    public const string UnknownEngineId = "snmp.unknown_engine_id";
    public const string UnsupportedSecurityLevel = "snmp.unsupported_security_level";
    public const string Report = "snmp.report";
    public const string ErrorStatus = "snmp.error_status";
    public const string NotCisco = "snmp.not_cisco";
    public const string NoAnswer = "snmp.no_data";
    public const string Unreachable = "snmp.unreachable";
}
