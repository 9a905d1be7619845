using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Domain.Directives;

namespace Vigil.Server.Features.Directives;

[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(List<FigureDefinition>))]
[JsonSerializable(typeof(List<FigureEntry>))]
[JsonSerializable(typeof(List<FigureValue>))]
internal sealed partial class DirectiveJsonContext : JsonSerializerContext;
