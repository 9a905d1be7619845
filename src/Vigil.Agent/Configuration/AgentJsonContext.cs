using System.Text.Json;
using System.Text.Json.Serialization;

namespace Vigil.Agent.Configuration;

/// <summary>Source-generated JSON for the agent's own files (configuration); wire types use VigilJsonContext.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, WriteIndented = true)]
[JsonSerializable(typeof(AgentConfig))]
[JsonSerializable(typeof(Vigil.Agent.Isolation.IsolationState))]
internal sealed partial class AgentJsonContext : JsonSerializerContext;
