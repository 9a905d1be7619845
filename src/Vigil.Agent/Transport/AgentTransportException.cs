namespace Vigil.Agent.Transport;

/// <summary>A refused configuration (http:// without allowHttp, a malformed pin): fails before anything is sent.</summary>
internal sealed class AgentTransportException(string message) : Exception(message);
