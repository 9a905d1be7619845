using Microsoft.EntityFrameworkCore;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Assets;
using Vigil.Domain.Auditing;
using Vigil.Domain.Inventory;
using Vigil.Domain.Jobs;
using Vigil.Domain.Organisation;

namespace Vigil.Storage;

/// <summary>
/// The one database context. Every unit-owned set is filtered by <see cref="Access"/>'s scope (see
/// <c>VigilDbContext.Model.cs</c>) and every save is checked against it and audited (<c>VigilDbContext.Save.cs</c>).
/// The server rents instances from a pool (<see cref="StorageServiceCollectionExtensions"/>): setting up a context's
/// internal services cost about a twentieth of an inventory report's CPU. Each rent binds the unit of work's
/// <see cref="AccessContext"/> and clock, so nothing of one request's identity outlives it.
/// </summary>
public sealed partial class VigilDbContext(DbContextOptions<VigilDbContext> options) : DbContext(options)
{
    private TimeProvider _clock = TimeProvider.System;

    /// <summary>Until bound, a context sees nothing: the default scope is <see cref="AccessScope.None"/>.</summary>
    public AccessContext Access { get; private set; } = new();

    /// <summary>A context outside dependency injection (tests, tools).</summary>
    public static VigilDbContext Create(DbContextOptions<VigilDbContext> options, AccessContext access, TimeProvider clock) =>
        new VigilDbContext(options).Bind(access, clock);

    internal VigilDbContext Bind(AccessContext access, TimeProvider clock)
    {
        Access = access;
        _clock = clock;
        return this;
    }

    public DbSet<OrgUnit> Units => Set<OrgUnit>();

    public DbSet<UserAccount> Users => Set<UserAccount>();

    public DbSet<UserUnit> UserUnits => Set<UserUnit>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<Computer> Computers => Set<Computer>();

    public DbSet<NetworkDevice> NetworkDevices => Set<NetworkDevice>();

    public DbSet<ComputerSource> ComputerSources => Set<ComputerSource>();

    public DbSet<ComputerIdentifier> ComputerIdentifiers => Set<ComputerIdentifier>();

    public DbSet<ComputerChange> ComputerChanges => Set<ComputerChange>();

    public DbSet<ComputerConflict> ComputerConflicts => Set<ComputerConflict>();

    public DbSet<UnassignedReport> UnassignedReports => Set<UnassignedReport>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<EnrolmentToken> EnrolmentTokens => Set<EnrolmentToken>();

    public DbSet<Agent> Agents => Set<Agent>();

    public DbSet<AgentReceipt> AgentReceipts => Set<AgentReceipt>();

    public DbSet<AgentCommand> AgentCommands => Set<AgentCommand>();

    public bool IsPostgres => Database.ProviderName?.Contains("Npgsql", StringComparison.Ordinal) == true;

    // Query filters read these through the context instance so EF parameterises them per query.
    private bool ScopeIsAll => Access.Scope.IsAll;

    private Guid[] ScopeUnitIds => Access.Scope.ReadableUnitIds;

    private Guid? ScopeUserId => Access.Scope.UserId;

    private bool ScopeSortsUnassigned => Access.Scope.SortsUnassigned;

    private DateTime UtcNow => _clock.GetUtcNow().UtcDateTime;
}
