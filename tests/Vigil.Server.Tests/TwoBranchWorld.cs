using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Assets;
using Vigil.Domain.Compliance;
using Vigil.Domain.Directives;
using Vigil.Domain.Inventory;
using Vigil.Domain.Organisation;
using Vigil.Server.Features.Inventory;
using Vigil.Storage;

namespace Vigil.Server.Tests;

/// <summary>
/// Province P with communes A and B, each with a school. Everything of branch B carries the marker "SECRETB" so a
/// test can prove that no response to a caller from branch A ever contains it.
/// </summary>
public sealed class TwoBranchWorld
{
    public const string Password = "Branch-Pass-2026";
    public const string Marker = "SECRETB";

    public OrgUnit Province { get; } = Unit("P", "Tỉnh Thử Nghiệm", UnitKind.Province, null);

    public OrgUnit A { get; private set; } = null!;

    public OrgUnit A1 { get; private set; } = null!;

    public OrgUnit B { get; private set; } = null!;

    public OrgUnit B1 { get; private set; } = null!;

    public UserAccount OfficerA { get; private set; } = null!;

    public UserAccount CoordinatorA { get; private set; } = null!;

    public UserAccount ViewerA { get; private set; } = null!;

    public UserAccount OfficerB { get; private set; } = null!;

    public UserAccount CoordinatorP { get; private set; } = null!;

    public Guid TokenOfB { get; private set; }

    /// <summary>A computer of commune A reported by an agent and a sheet that disagree on the OS.</summary>
    public Guid ComputerOfA { get; private set; }

    public Guid ConflictOfA { get; private set; }

    /// <summary>The same for clinic B1, with the marker in its name and sheet key.</summary>
    public Guid ComputerOfB { get; private set; }

    public Guid ConflictOfB { get; private set; }

    /// <summary>An OCS report with an unknown TAG, waiting in the unassigned queue (no unit: only province coordinators see it).</summary>
    public Guid UnassignedReport { get; private set; }
    /// <summary>An enrolled agent of unit A and its credential, for calls to /agent/v1.</summary>
    public Agent AgentA { get; private set; } = null!;

    public string AgentACredential { get; private set; } = "";

    public Agent AgentB { get; private set; } = null!;

    public Guid CommandOfB { get; private set; }

    public Guid EnrolmentTokenOfB { get; private set; }

    /// <summary>A remediation item of clinic B1's computer with the marker in its title, owner and first event.</summary>
    public Guid RemediationItemOfB { get; private set; }

    /// <summary>A Cisco switch of B below B's firmware baseline, with a history row and a verified update, all carrying the marker.</summary>
    public Guid DeviceOfB { get; private set; }

    /// <summary>An SNMP credential profile of B (community carrying the marker) and a poll target of B using it.</summary>
    public Guid SnmpProfileOfB { get; private set; }

    public Guid SnmpTargetOfB { get; private set; }

    public static async Task<TwoBranchWorld> SeedAsync(TestServer server)
    {
        var world = new TwoBranchWorld();
        var hasher = server.App.Services.GetRequiredService<IPasswordHasher<UserAccount>>();
        await server.WithSystemDbAsync(async db =>
        {
            world.A = Unit("A", "Xã An Bình", UnitKind.Commune, world.Province);
            world.A1 = Unit("A1", "Trường Tiểu học An Bình", UnitKind.School, world.A);
            world.B = Unit(Marker + "-B", "Phường " + Marker, UnitKind.Ward, world.Province);
            world.B1 = Unit(Marker + "-B1", "Trạm Y tế " + Marker, UnitKind.Clinic, world.B);
            db.Units.AddRange(world.Province, world.A, world.A1, world.B, world.B1);
            world.OfficerA = User("officer.a", Role.UnitOfficer, world.A, hasher);
            world.CoordinatorA = User("coord.a", Role.Coordinator, world.A, hasher);
            world.ViewerA = User("viewer.a", Role.Viewer, world.A, hasher);
            world.OfficerB = User(Marker.ToLowerInvariant() + ".officer", Role.UnitOfficer, world.B, hasher);
            world.CoordinatorP = User("coord.p", Role.Coordinator, world.Province, hasher);
            db.Users.AddRange(world.OfficerA, world.CoordinatorA, world.ViewerA, world.OfficerB, world.CoordinatorP);
            var now = DateTime.UtcNow;
            foreach (var unit in new[] { world.A, world.A1, world.B, world.B1 })
            {
                db.Computers.Add(new Computer { Id = Guid.CreateVersion7(), UnitId = unit.Id, Hostname = unit.Code + "-PC1", OsName = "Windows 7 Professional", Source = "manual", ObservedAt = now });
                db.NetworkDevices.Add(new NetworkDevice { Id = Guid.CreateVersion7(), UnitId = unit.Id, Hostname = unit.Code + "-SW1", Kind = "switch", Vendor = "Cisco", Source = "manual", ObservedAt = now });
            }

            var token = new ApiToken
            {
                Id = Guid.CreateVersion7(), UserId = world.OfficerB.Id, Name = Marker + " token", Prefix = "vgl_" + Marker,
                SecretHash = ApiTokenSecret.Hash(ApiTokenSecret.Create()), CreatedAt = now,
            };
            db.ApiTokens.Add(token);
            world.TokenOfB = token.Id;
            world.AgentACredential = AgentSecret.CreateCredential();
            world.AgentA = NewAgent(world.A, "A-PC9", world.AgentACredential, now);
            world.AgentB = NewAgent(world.B, Marker + "-PC9", AgentSecret.CreateCredential(), now);
            db.Agents.AddRange(world.AgentA, world.AgentB);
            var command = new AgentCommand
            {
                Id = Guid.CreateVersion7(), AgentId = world.AgentB.Id, UnitId = world.B.Id, Kind = AgentCommandKinds.CollectInventory,
                Payload = Marker, CreatedAt = now,
            };
            db.AgentCommands.Add(command);
            world.CommandOfB = command.Id;
            var enrolment = new EnrolmentToken
            {
                Id = Guid.CreateVersion7(), UnitId = world.B.Id, Prefix = "vge_" + Marker, SecretHash = AgentSecret.Hash(AgentSecret.CreateEnrolmentToken()),
                Note = Marker, CreatedAt = now, ExpiresAt = now.AddDays(7),
            };
            db.EnrolmentTokens.Add(enrolment);
            world.EnrolmentTokenOfB = enrolment.Id;
            return await db.SaveChangesAsync();
        });
        await world.IngestAsync(server);
        await world.AddComplianceOfBAsync(server);
        await world.AddDeviceOfBAsync(server);
        await world.AddSnmpOfBAsync(server);
        await world.AddDirectiveOfBAsync(server);
        await world.AddIndicatorsOfBAsync(server);
        await world.AddAlertsOfBAsync(server);
        await world.AddIncidentOfBAsync(server);
        return world;
    }

    /// <summary>Inventory through the real ingest, so the world has sources, conflicts and a queued report.</summary>
    private async Task IngestAsync(TestServer server)
    {
        await using var scope = server.App.Services.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<AccessContext>().Scope = AccessScope.System;
        var ingest = scope.ServiceProvider.GetRequiredService<IInventoryIngest>();
        var now = DateTime.UtcNow;
        async Task<(Guid Computer, Guid Conflict)> DisagreeingAsync(OrgUnit unit, string host, string mac)
        {
            var machine = new InventorySnapshot
            {
                Hostname = host, SerialNumber = host + "-SN", Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 10 Pro", Version = "10.0.19045" },
                NetworkInterfaces = [new NetworkInterfaceInfo("eth0", mac, ["10.9.0.1"])], Software = [new SoftwareItem("Zalo", "24.10.1", "VNG Corp.")],
            };
            var agent = await ingest.IngestAsync(new InventoryReport(InventorySource.Agent, "agent-" + host, now, machine, UnitId: unit.Id), null, default);
            var sheet = new InventorySnapshot { Hostname = host, Owner = "Chủ " + host, Os = new OsInfo { Family = OsFamily.Windows, Name = "Windows 7" } };
            await ingest.IngestAsync(new InventoryReport(InventorySource.Import, $"sheet:{unit.Code}/{host}", now, sheet, UnitHint: unit.Code), null, default);
            var db = scope.ServiceProvider.GetRequiredService<VigilDbContext>();
            var computer = agent.Value!.ComputerId!.Value;
            return (computer, db.ComputerConflicts.Single(c => c.ComputerId == computer).Id);
        }

        (ComputerOfA, ConflictOfA) = await DisagreeingAsync(A, "A-PC7", "00:1a:2b:aa:00:07");
        (ComputerOfB, ConflictOfB) = await DisagreeingAsync(B1, Marker + "-PC7", "00:1a:2b:bb:00:07");
        var stray = new InventorySnapshot { Hostname = Marker + "-STRAY", Os = new OsInfo { Family = OsFamily.Windows, Name = "Microsoft Windows 7 Professional" } };
        await ingest.IngestAsync(new InventoryReport(InventorySource.Ocs, Marker + "-STRAY-2024-01-01", now, stray, UnitHint: Marker + "-OLD-TAG"), null, default);
        UnassignedReport = scope.ServiceProvider.GetRequiredService<VigilDbContext>().UnassignedReports.Single().Id;
    }
    /// <summary>Remediation and an ESU exception on B's computer, all carrying the marker.</summary>
    private Task<int> AddComplianceOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var item = new RemediationItem
        {
            Id = Guid.CreateVersion7(), ComputerId = ComputerOfB, UnitId = B1.Id, Kind = RemediationKind.Replace, Status = RemediationStatus.Planned,
            Title = Marker + " thay máy", Owner = Marker + " owner", DueOn = DateOnly.FromDateTime(now).AddDays(30), CreatedAt = now, CreatedBy = "seed", UpdatedAt = now,
        };
        db.RemediationItems.Add(item);
        db.RemediationEvents.Add(new RemediationEvent { Id = Guid.CreateVersion7(), ItemId = item.Id, UnitId = B1.Id, At = now, Actor = "seed", Kind = RemediationEventKind.Created, Text = Marker });
        db.EsuExceptions.Add(new EsuException
        {
            Id = Guid.CreateVersion7(), ComputerId = ComputerOfB, UnitId = B1.Id, Until = DateOnly.FromDateTime(now).AddDays(200), Note = Marker + " ESU",
            RecordedBy = "seed", RecordedAt = now,
        });
        RemediationItemOfB = item.Id;
        return await db.SaveChangesAsync();
    });

    private Task<int> AddDeviceOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var device = new NetworkDevice
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Hostname = Marker + "-SW1", Kind = "switch", Vendor = "Cisco", Model = "WS-C2960X-48FPD-L",
            SerialNumber = Marker + "FOC1", SoftwareFamily = "ios", SoftwareVersion = "15.0(2)SE11", Source = "cli", ObservedAt = now,
        };
        db.NetworkDevices.Add(device);
        db.NetworkDeviceChanges.Add(new NetworkDeviceChange
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, UnitId = B.Id, At = now, Source = "cli", Field = "created", NewValue = device.Hostname, Actor = "seed",
        });
        db.FirmwareBaselines.Add(new FirmwareBaseline
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, SoftwareFamily = "ios", Model = "", MinimumVersion = "15.2(7)E4", Note = Marker, UpdatedAt = now, UpdatedBy = "seed",
        });
        db.FirmwareUpdateEvents.Add(new FirmwareUpdateEvent
        {
            Id = Guid.CreateVersion7(), DeviceId = device.Id, UnitId = B.Id, At = now, ObservedAt = now, Source = "cli", SoftwareFamily = "ios",
            OldVersion = "12.2(55)SE7", NewVersion = "15.2(7)E4", BaselineVersion = "15.2(7)E4", Actor = Marker,
        });
        DeviceOfB = device.Id;
        return await db.SaveChangesAsync();
    });

    private Task<int> AddSnmpOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var protector = server.App.Services.GetRequiredService<Features.NetworkDevices.Snmp.SnmpSecretProtector>();
        var profile = new SnmpCredentialProfile
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Name = Marker + "-v2c", Version = SnmpCredentialProfile.V2c,
            ProtectedSecrets = protector.Protect(new Features.NetworkDevices.Snmp.SnmpSecrets(Marker + "-community", null, null)),
            UpdatedAt = DateTime.UtcNow, UpdatedBy = "seed",
        };
        db.SnmpCredentialProfiles.Add(profile);
        var target = new SnmpPollTarget
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Address = "192.0.2.10", Port = 161, ProfileId = profile.Id, DeviceId = DeviceOfB,
            LastStatus = "error", LastError = Marker + " timeout", CreatedAt = DateTime.UtcNow,
        };
        db.SnmpPollTargets.Add(target);
        (SnmpProfileOfB, SnmpTargetOfB) = (profile.Id, target.Id);
        return await db.SaveChangesAsync();
    });

    private static Agent NewAgent(OrgUnit unit, string hostname, string credential, DateTime now) => new()
    {
        Id = Guid.CreateVersion7(), UnitId = unit.Id, Hostname = hostname, Platform = "linux-x64", AgentVersion = "1.0.0",
        CredentialHash = AgentSecret.Hash(credential), EnrolledAt = now,
    };

    private static OrgUnit Unit(string code, string name, UnitKind kind, OrgUnit? parent)
    {
        var id = Guid.CreateVersion7();
        var now = DateTime.UtcNow;
        return new OrgUnit
        {
            Id = id, ParentId = parent?.Id, Code = code, Name = name, Kind = kind,
            Path = UnitTree.PathFor(id, parent), Depth = parent is null ? 0 : parent.Depth + 1,
            CreatedAt = now, UpdatedAt = now,
        };
    }

    private static UserAccount User(string name, Role role, OrgUnit unit, IPasswordHasher<UserAccount> hasher)
    {
        var user = new UserAccount
        {
            Id = Guid.CreateVersion7(), UserName = name, DisplayName = name, Role = role, SecurityStamp = Guid.NewGuid().ToString("N"),
            CreatedAt = DateTime.UtcNow,
        };
        user.PasswordHash = hasher.HashPassword(user, Password);
        user.Units.Add(new UserUnit { UserId = user.Id, UnitId = unit.Id });
        return user;
    }

    /// <summary>A directive of B with B's own report (submitted, version 1) and B1's, an attachment and a reminder, all carrying the marker.</summary>
    public Guid DirectiveOfB { get; private set; }

    public Guid AttachmentOfB { get; private set; }

    private Task<int> AddDirectiveOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var directive = new Directive
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Number = "9/" + Marker, Subject = "V/v " + Marker, IssuingBody = Marker, IssuedOn = DateOnly.FromDateTime(now),
            DeadlineDate = DateOnly.FromDateTime(now).AddDays(5), DeadlineTime = new TimeOnly(14, 0), DeadlineUtc = now.AddDays(5), PeriodStart = DateOnly.FromDateTime(now),
            TemplateId = "xp7-cisco", FiguresJson = "[]", PolicyPacks = "directive-xp7", ReminderHours = 24, CreatedAt = now, CreatedBy = Marker, UpdatedAt = now,
        };
        DirectiveOfB = directive.Id;
        db.Directives.Add(directive);
        var own = new UnitReport
        {
            Id = Guid.CreateVersion7(), DirectiveId = directive.Id, UnitId = B.Id, Status = ReportStatus.Submitted, Version = 1, Notes = Marker, UpdatedAt = now,
            SubmittedAt = now, SubmittedBy = Marker,
        };
        var child = new UnitReport { Id = Guid.CreateVersion7(), DirectiveId = directive.Id, UnitId = B1.Id, CoversSubtree = true, Status = ReportStatus.Draft, Notes = Marker, UpdatedAt = now };
        db.UnitReports.AddRange(own, child);
        db.ReportVersions.Add(new ReportVersion
        {
            Id = Guid.CreateVersion7(), ReportId = own.Id, DirectiveId = directive.Id, UnitId = B.Id, Version = 1, SnapshotJson = "[]", Notes = Marker, SubmittedAt = now, SubmittedBy = Marker,
        });
        var attachment = new DirectiveAttachment
        {
            Id = Guid.CreateVersion7(), DirectiveId = directive.Id, UnitId = B.Id, FileName = Marker + ".pdf", ContentType = "application/pdf", Size = Marker.Length,
            Sha256 = new string('0', 64), Content = System.Text.Encoding.ASCII.GetBytes(Marker),
            UploadedAt = now, UploadedBy = Marker,
        };
        AttachmentOfB = attachment.Id;
        db.DirectiveAttachments.Add(attachment);
        db.ReportReminders.Add(new ReportReminder { Id = Guid.CreateVersion7(), DirectiveId = directive.Id, ReportId = child.Id, UnitId = B1.Id, SentAt = now, Channel = "in-app" });
        return await db.SaveChangesAsync();
    });
    /// <summary>B's indicator (value carrying the marker), its import, a pack published to B with B's deployment, and a feed token of B.</summary>
    public Guid IndicatorOfB { get; private set; }

    public Guid BatchOfB { get; private set; }

    public Guid PackOfB { get; private set; }

    public Guid FeedTokenOfB { get; private set; }

    private Task<int> AddIndicatorsOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var batch = new Domain.Indicators.Stored.IndicatorImportBatch
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, FileNames = Marker + ".txt", Formats = "PlainText", Imported = 1, ReportJson = "[]", CreatedAt = now, CreatedBy = Marker,
        };
        var indicator = new Domain.Indicators.Stored.StoredIndicator
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Type = Domain.Indicators.IndicatorType.Domain, Value = Marker.ToLowerInvariant() + "-c2.top", Sources = Marker,
            LastBatchId = batch.Id, CreatedAt = now, CreatedBy = Marker, UpdatedAt = now,
        };
        var pack = new Domain.Indicators.Stored.PublishedPack
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, TargetUnitId = B.Id, TargetPath = B.Path, PackKey = "secretb", Name = Marker, Version = 1, Attribution = Marker,
            PublishedAt = now, PublishedBy = Marker, CreatedAt = now, CreatedBy = Marker,
        };
        db.IndicatorImportBatches.Add(batch);
        db.Indicators.Add(indicator);
        db.IndicatorPacks.Add(pack);
        db.IndicatorPackMembers.Add(new Domain.Indicators.Stored.PackMember { PackId = pack.Id, IndicatorId = indicator.Id, UnitId = B.Id });
        db.IndicatorPackDeployments.Add(new Domain.Indicators.Stored.PackDeployment
        {
            Id = Guid.CreateVersion7(), PackId = pack.Id, UnitId = B.Id, Kind = "firewall", Location = Marker, DeployedAt = now, RecordedBy = Marker, RecordedAt = now,
        });
        var token = new Domain.Indicators.Stored.FeedToken
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Name = Marker, Prefix = "vgf_" + Marker, SecretHash = new string('b', 64), CreatedAt = now, CreatedBy = Marker,
        };
        db.FeedTokens.Add(token);
        IndicatorOfB = indicator.Id;
        BatchOfB = batch.Id;
        PackOfB = pack.Id;
        FeedTokenOfB = token.Id;
        return await db.SaveChangesAsync();
    });

    /// <summary>A retained log of B and an alert of B with one sampled hit, all carrying the marker.</summary>
    public Guid LogOfB { get; private set; }

    public Guid AlertOfB { get; private set; }

    private Task<int> AddAlertsOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var log = new Domain.Alerts.RetainedLog
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Source = Domain.Alerts.LogSource.Upload, Name = Marker + ".log", StoredPath = Marker + ".log",
            Bytes = 10, Lines = 1, ReceivedAt = now, ReceivedBy = Marker,
        };
        var alert = new Domain.Alerts.Alert
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, IndicatorType = Domain.Indicators.IndicatorType.Domain, Indicator = Marker.ToLowerInvariant() + "-c2.top",
            Subject = "10.9.9.9", Address = "10.9.9.9", Count = 1, FirstSeen = now, LastSeen = now, LastField = "query", LastValue = Marker, LastFile = Marker + ".log",
            LastLine = 1, CreatedAt = now,
        };
        db.RetainedLogs.Add(log);
        db.Alerts.Add(alert);
        db.AlertHits.Add(new Domain.Alerts.AlertHit
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, AlertId = alert.Id, LogId = log.Id, Line = 1, SeenAt = now, Sample = true, Field = "query", Value = Marker,
        });
        LogOfB = log.Id;
        AlertOfB = alert.Id;
        return await db.SaveChangesAsync();
    });

    /// <summary>An incident of B with an affected computer, a timeline line and a file row, all carrying the marker.</summary>
    public Guid IncidentOfB { get; private set; }

    public Guid IncidentFileOfB { get; private set; }

    public Guid SubscriptionOfB { get; private set; }

    /// <summary>An in-app notice of B's officer.</summary>
    public Guid NoticeOfB { get; private set; }

    private Task<int> AddIncidentOfBAsync(TestServer server) => server.WithSystemDbAsync(async db =>
    {
        var now = DateTime.UtcNow;
        var incident = new Domain.Incidents.Incident
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Title = "Incident " + Marker, Description = Marker, Severity = Domain.Incidents.IncidentSeverity.High,
            Status = Domain.Incidents.IncidentStatus.Investigating, DetectedAt = now, DetectionMethod = Marker, RegulationId = "tt20-2017-bca-2025",
            ReportDueAt = now.AddDays(5), CreatedAt = now, CreatedBy = Marker, UpdatedAt = now,
        };
        db.Incidents.Add(incident);
        db.IncidentAssets.Add(new Domain.Incidents.IncidentAsset
        {
            Id = Guid.CreateVersion7(), IncidentId = incident.Id, UnitId = B.Id, Kind = Domain.Incidents.IncidentAssetKind.Computer, RefId = ComputerOfB, Label = Marker, AddedAt = now,
        });
        db.IncidentTimeline.Add(new Domain.Incidents.IncidentTimelineEntry
        {
            Id = Guid.CreateVersion7(), IncidentId = incident.Id, UnitId = B.Id, At = now, Kind = Domain.Incidents.IncidentTimelineKind.Note, Text = Marker, Actor = Marker,
        });
        var file = new Domain.Incidents.IncidentFile
        {
            Id = Guid.CreateVersion7(), IncidentId = incident.Id, UnitId = B.Id, FileName = Marker + ".log", ContentType = "text/plain", Size = 1,
            Sha256 = new string('0', 64), StoredName = "missing.bin", UploadedAt = now, UploadedBy = Marker,
        };
        db.IncidentFiles.Add(file);
        IncidentOfB = incident.Id;
        IncidentFileOfB = file.Id;
        var subscription = new Domain.Notifications.NotificationSubscription
        {
            Id = Guid.CreateVersion7(), UnitId = B.Id, Channel = Domain.Notifications.NotificationChannel.Email, Events = "incident.created",
            Target = Marker.ToLowerInvariant() + "@b.example", CreatedAt = now, CreatedBy = Marker,
        };
        db.NotificationSubscriptions.Add(subscription);
        var notice = new Domain.Notifications.InAppNotification
        {
            Id = Guid.CreateVersion7(), UserId = OfficerB.Id, UnitId = B.Id, Event = "incident.created", Text = Marker, Link = $"/incidents/{incident.Id}", CreatedAt = now,
        };
        db.InAppNotifications.Add(notice);
        SubscriptionOfB = subscription.Id;
        NoticeOfB = notice.Id;
        return await db.SaveChangesAsync();
    });
}
