using System.Text.Json;
using System.Text.Json.Serialization;
using Vigil.Contracts.Agent;
using Vigil.Contracts.V1;

namespace Vigil.Contracts;

/// <summary>Source-generated JSON for every wire type, shared by server, agent and CLI.</summary>
[JsonSourceGenerationOptions(JsonSerializerDefaults.Web, UseStringEnumConverter = true)]
[JsonSerializable(typeof(UnitDto))]
[JsonSerializable(typeof(List<UnitDto>))]
[JsonSerializable(typeof(UnitWriteDto))]
[JsonSerializable(typeof(UnitMoveDto))]
[JsonSerializable(typeof(UnitImportResultDto))]
[JsonSerializable(typeof(UserDto))]
[JsonSerializable(typeof(List<UserDto>))]
[JsonSerializable(typeof(UserWriteDto))]
[JsonSerializable(typeof(UserCreatedDto))]
[JsonSerializable(typeof(TokenDto))]
[JsonSerializable(typeof(List<TokenDto>))]
[JsonSerializable(typeof(TokenCreateDto))]
[JsonSerializable(typeof(TokenCreatedDto))]
[JsonSerializable(typeof(PasswordChangeDto))]
[JsonSerializable(typeof(AuditEntryDto))]
[JsonSerializable(typeof(List<AuditEntryDto>))]
[JsonSerializable(typeof(DashboardDto))]
[JsonSerializable(typeof(MeDto))]
[JsonSerializable(typeof(EnrolmentTokenDto))]
[JsonSerializable(typeof(List<EnrolmentTokenDto>))]
[JsonSerializable(typeof(EnrolmentTokenCreateDto))]
[JsonSerializable(typeof(EnrolmentTokenCreatedDto))]
[JsonSerializable(typeof(AgentDto))]
[JsonSerializable(typeof(List<AgentDto>))]
[JsonSerializable(typeof(AgentCommandCreateDto))]
[JsonSerializable(typeof(AgentCommandStatusDto))]
[JsonSerializable(typeof(List<AgentCommandStatusDto>))]
[JsonSerializable(typeof(AgentInventoryDto))]
[JsonSerializable(typeof(EnrolRequestDto))]
[JsonSerializable(typeof(EnrolResponseDto))]
[JsonSerializable(typeof(InventoryReceiptDto))]
[JsonSerializable(typeof(HeartbeatRequestDto))]
[JsonSerializable(typeof(HeartbeatResponseDto))]
[JsonSerializable(typeof(CommandResultDto))]
public sealed partial class VigilJsonContext : JsonSerializerContext;
