using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Vigil.Domain.Access;
using Vigil.Domain.Agents;
using Vigil.Domain.Alerts;
using Vigil.Domain.Assets;
using Vigil.Domain.Auditing;
using Vigil.Domain.Compliance;
using Vigil.Domain.Directives;
using Vigil.Domain.Incidents;
using Vigil.Domain.Indicators;
using Vigil.Domain.Indicators.Stored;
using Vigil.Domain.Inventory;
using Vigil.Domain.Isolation;
using Vigil.Domain.Jobs;
using Vigil.Domain.Organisation;
using Vigil.TestKit;

namespace Vigil.Storage.Tests;

/// <summary>The EF model and the hand-written SQL migrations must agree column for column, value for value.</summary>
public class ModelSchemaTests
{
    private static readonly DateTime Stamp = new DateTime(2024, 5, 23, 7, 0, 0, DateTimeKind.Utc).AddTicks(1_234_560);

    private static readonly Guid BulletinId = Guid.Parse("0190a1b2-0000-7000-8000-00000000b001");

    private static readonly Guid DeviceId = Guid.Parse("0190a1b2-0000-7000-8000-00000000d001");

    private static readonly Guid IsolationId = Guid.Parse("0190a1b2-0000-7000-8000-00000000f001");

    private static readonly Guid SnmpProfileId = Guid.Parse("0190a1b2-0000-7000-8000-00000000e001");

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Every_mapped_column_exists_in_its_table_and_every_column_is_mapped(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        await using var db = store.CreateSystemContext();

        var problems = new List<string>();
        foreach (var entity in db.Model.GetEntityTypes())
        {
            var table = entity.GetTableName()!;
            var storeObject = StoreObjectIdentifier.Table(table, entity.GetSchema());
            var actual = await store.ColumnsAsync(table);
            if (actual.Count == 0)
            {
                problems.Add($"{entity.ClrType.Name}: table {table} does not exist");
                continue;
            }

            var mapped = entity.GetProperties().Select(p => p.GetColumnName(storeObject)!).ToList();
            problems.AddRange(mapped.Except(actual).Select(c => $"{entity.ClrType.Name}: column {table}.{c} is missing"));
            problems.AddRange(actual.Except(mapped).Select(c => $"{entity.ClrType.Name}: column {table}.{c} is not mapped"));
        }

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData(StorageProvider.Sqlite)]
    [InlineData(StorageProvider.Postgres)]
    public async Task Every_entity_type_round_trips_non_default_values(StorageProvider provider)
    {
        await using var store = await TestStore.CreateAsync(provider);
        var samples = Samples();
        await using (var db = store.CreateSystemContext())
        {
            var covered = samples.Select(s => s.GetType()).ToHashSet();
            Assert.Equal(db.Model.GetEntityTypes().Select(e => e.ClrType).ToHashSet(), covered);
            db.AddRange(samples);
            await db.SaveChangesAsync();
        }

        await using var fresh = store.CreateSystemContext();
        var setSomewhere = new HashSet<string>();
        foreach (var expected in samples)
        {
            var entityType = fresh.Model.FindEntityType(expected.GetType())!;
            var key = entityType.FindPrimaryKey()!.Properties.Select(p => p.PropertyInfo!.GetValue(expected)).ToArray();
            var actual = await fresh.FindAsync(expected.GetType(), key);
            Assert.NotNull(actual);
            foreach (var property in entityType.GetProperties())
            {
                var want = property.PropertyInfo!.GetValue(expected);
                var got = property.PropertyInfo.GetValue(actual);
                Assert.True(Equals(want, got) || want is byte[] wb && got is byte[] gb && wb.AsSpan().SequenceEqual(gb), $"{entityType.ClrType.Name}.{property.Name}: wrote {want}, read {got}");
                if (want is not null && !Equals(want, Default(property.ClrType)))
                {
                    setSomewhere.Add($"{entityType.ClrType.Name}.{property.Name}");
                }

                if (got is DateTime date)
                {
                    Assert.Equal(DateTimeKind.Utc, date.Kind);
                }
            }
        }

        var everyProperty = fresh.Model.GetEntityTypes().SelectMany(e => e.GetProperties().Select(p => $"{e.ClrType.Name}.{p.Name}"));
        Assert.Empty(everyProperty.Except(setSomewhere));
    }

    private static object? Default(Type type) => type.IsValueType ? Activator.CreateInstance(type) : null;

    /// <summary>One row of every entity type with every property set to something other than its default.</summary>
    private static List<object> Samples()
    {
        var province = new OrgUnit
        {
            Id = Guid.NewGuid(), Code = "DB", Name = "Tỉnh Điện Biên", Kind = UnitKind.Province, TimeZone = "Asia/Bangkok",
            FormerDistrict = "-", ContactName = "x", ContactPhone = "x", ContactEmail = "x", Address = "x", CreatedAt = Stamp, UpdatedAt = Stamp,
        };
        province.Path = UnitTree.PathFor(province.Id, null);
        province.ParentId = null;
        var commune = new OrgUnit
        {
            Id = Guid.NewGuid(), ParentId = province.Id, Code = "DB-MUONGANG", Name = "Xã Mường Ảng", Kind = UnitKind.Commune, Depth = 1,
            FormerDistrict = "Huyện Mường Ảng", TimeZone = UnitTree.DefaultTimeZone, ContactName = "Nguyễn Văn A", ContactPhone = "0215 3 812 345",
            ContactEmail = "cntt@muongang.example", Address = "Tổ dân phố 1", CreatedAt = Stamp, UpdatedAt = Stamp.AddDays(3),
        };
        commune.Path = UnitTree.PathFor(commune.Id, province);
        var user = new UserAccount
        {
            Id = Guid.NewGuid(), UserName = "nva", DisplayName = "Nguyễn Văn A", Email = "nva@example.vn", Role = Role.Coordinator,
            PasswordHash = "AQAAAAIAAYagAAAAEhash", MustChangePassword = true, FailedSignIns = 3, LockedUntil = Stamp.AddMinutes(15),
            SecurityStamp = "stamp", Disabled = true, Language = "en", CreatedAt = Stamp, LastSignInAt = Stamp.AddHours(1),
        };
        var agent = new Agent
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, ComputerId = Guid.NewGuid(), Hostname = "KT-PC02", Platform = "windows-x64",
            AgentVersion = "1.0.0", CredentialHash = new string('c', 64), EnrolledAt = Stamp, LastSeenAt = Stamp.AddMinutes(1), RevokedAt = Stamp.AddDays(9),
        };
        var log = new RetainedLog
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, Source = LogSource.Syslog, Name = "asa.log", StoredPath = "syslog/x/2024-05-23.log",
            SourceKey = "10.0.0.1/2024-05-23", Bytes = 2048, HuntedBytes = 1024, Lines = 12, Format = "Text", ReceivedAt = Stamp,
            HuntedAt = Stamp.AddMinutes(1), HuntedSet = "abc", Hits = 3, ReceivedBy = "lvb",
        };
        var computer = new Computer
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, Hostname = "KT-PC01", Domain = "WORKGROUP", SmbiosUuid = "4C4C4544-0042-3510-8052-B4C04F4E3132",
            SerialNumber = "CZC1234XYZ", MacAddresses = "00:1a:2b:3c:4d:5e", Manufacturer = "HP", Model = "Compaq 6200 Pro", Owner = "Lò Văn B",
            IsPersonal = true, OsFamily = OsFamily.Windows, OsRelease = "Windows 7", OsName = "Windows 7 Professional", OsVersion = "6.1.7601",
            OsEdition = "Professional", OsBuild = "7601", OsServicePack = "Service Pack 1", OsArchitecture = "x64", OsInstalledAt = Stamp.AddYears(-9),
            CpuModel = "Intel Core i3-4130", CpuVendor = "Intel", CpuBrand = "Core i3", CpuGeneration = 4, CpuCores = 2, RamMb = 4096,
            DiskSummary = "SSD 240 GB", LargestSsdGb = 240, TotalDiskGb = 240, TpmVersion = "1.2", Uefi = true, SecureBoot = true, Smb1Enabled = true,
            SecurityProducts = "Bkav Pro", Source = "ocs", ObservedAt = Stamp, FirstSeenAt = Stamp.AddDays(-9), OpenConflicts = 2, Pins = "os=agent",
            Hotfixes = "KB4012212,KB4012215", SecurityProductsJson = "[{\"name\":\"Bkav Pro\"}]", InstalledSoftware = "Bkav Pro\nZalo",
            EsuUntil = new DateOnly(2026, 10, 13), RetiredAt = Stamp.AddDays(30), ReplacedBy = Guid.NewGuid(), ComplianceFingerprint = "directive-xp7@1-abc",
            ComplianceAsOf = new DateOnly(2024, 5, 23), ComplianceObservedAt = Stamp,
        };
        var alert = new Alert
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, IndicatorType = IndicatorType.Ipv4, Indicator = "104.16.166.228", Action = IndicatorAction.AlertOnly,
            ComputerId = computer.Id, Subject = "computer:" + computer.Id, Address = "10.0.0.5", Count = 3, FirstSeen = Stamp, LastSeen = Stamp.AddHours(2),
            LastField = "dst", LastValue = "104.16.166.228", LastFile = "asa.log", LastLine = 42, Status = AlertStatus.Closed, CreatedAt = Stamp,
            AcknowledgedAt = Stamp.AddHours(3), AcknowledgedBy = "lvb", ClosedAt = Stamp.AddHours(4), ClosedBy = "lvb", Note = "blocked at the firewall",
        };
        var item = new RemediationItem
        {
            Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, RuleId = "upgrade-triage", Kind = RemediationKind.Replace,
            Status = RemediationStatus.Done, Title = "Thay máy", Reason = "triage.replace", Owner = "Lò Văn B", DueOn = new DateOnly(2024, 6, 22),
            ReplacementComputerId = Guid.NewGuid(), CreatedAt = Stamp, CreatedBy = "evaluation", UpdatedAt = Stamp.AddDays(2), ClosedAt = Stamp.AddDays(3),
        };
        var directive = new Directive
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, Number = "123/UBND-VHTT", Subject = "V/v rà soát máy tính", IssuingBody = "UBND xã",
            ParentBody = "UBND tỉnh", IssuedOn = new DateOnly(2024, 5, 15), Place = "Mường Ảng", Addressees = "Các đơn vị", DeadlineDate = new DateOnly(2024, 5, 23),
            DeadlineTime = new TimeOnly(14, 0), TimeZone = "Asia/Bangkok", DeadlineUtc = Stamp, PeriodStart = new DateOnly(2024, 5, 1), Requirement = "Rà soát",
            PolicyPacks = "directive-xp7", TemplateId = "xp7-cisco", FiguresJson = "[{}]", ReminderHours = 24, ReminderSentAt = Stamp.AddHours(-24),
            CreatedAt = Stamp, CreatedBy = "lvb", UpdatedAt = Stamp.AddMinutes(1),
        };
        var report = new UnitReport
        {
            Id = Guid.NewGuid(), DirectiveId = directive.Id, UnitId = commune.Id, CoversSubtree = true, Status = ReportStatus.Reopened, Version = 2,
            EntriesJson = "[{\"key\":\"a\"}]", Notes = "Ghi chú", UpdatedAt = Stamp, UpdatedBy = "nva", SubmittedAt = Stamp.AddHours(-1), SubmittedBy = "nva",
        };
        return
        [
            province,
            agent,
            new EnrolmentToken
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, Prefix = "vge_abcdefgh", SecretHash = new string('e', 64), Note = "Kế toán",
                CreatedBy = user.Id, CreatedAt = Stamp, ExpiresAt = Stamp.AddDays(7), UsedAt = Stamp.AddDays(1), UsedByAgentId = agent.Id,
                RevokedAt = Stamp.AddDays(2),
            },
            new AgentReceipt
            {
                AgentId = agent.Id, IdempotencyKey = "0000000001-abc", UnitId = commune.Id, ReceivedAt = Stamp, Status = "stored",
                ComputerId = agent.ComputerId,
            },
            new AgentCommand
            {
                Id = Guid.NewGuid(), AgentId = agent.Id, UnitId = commune.Id, Kind = "collect-inventory", Payload = "{}", CreatedBy = user.Id,
                CreatedAt = Stamp, DeliveredAt = Stamp.AddMinutes(1), CompletedAt = Stamp.AddMinutes(2), Succeeded = true, Detail = "sent",
            },
            commune,
            user,
            new UserUnit { UserId = user.Id, UnitId = commune.Id },
            new ApiToken
            {
                Id = Guid.NewGuid(), UserId = user.Id, Name = "báo cáo", Prefix = "vgl_abcdefgh", SecretHash = new string('a', 64),
                CreatedAt = Stamp, ExpiresAt = Stamp.AddDays(90), RevokedAt = Stamp.AddDays(2), LastUsedAt = Stamp.AddDays(1),
            },
            new AuditEntry
            {
                Id = Guid.NewGuid(), At = Stamp, ActorId = user.Id, ActorName = "nva", Action = "sign_in_failed", EntityType = "UserAccount",
                EntityId = user.Id.ToString(), UnitId = commune.Id, Before = "{\"a\":1}", After = "{\"a\":2}",
            },
            computer,
            new ComputerSource
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, Source = InventorySource.Ocs, SourceKey = "KT-PC01-2024-05-23-07-00-00",
                ObservedAt = Stamp, FirstSeenAt = Stamp.AddDays(-9), SnapshotHash = new string('b', 64), SnapshotJson = "{\"hostname\":\"KT-PC01\"}",
            },
            new ComputerIdentifier { Kind = IdentityKind.Serial, Value = "CZC1234XYZ", ComputerId = computer.Id, UnitId = commune.Id },
            new HostIsolation
            {
                Id = IsolationId, UnitId = commune.Id, ComputerId = computer.Id, Mode = IsolationMode.NetworkQuarantine, Status = IsolationStatus.ReleaseRequested,
                Reason = "Kết nối tới máy chủ C&C", IncidentId = Guid.NewGuid(), RequestedBy = user.Id, RequestedAt = Stamp, UpdatedAt = Stamp.AddMinutes(3),
                AgentId = Guid.NewGuid(), IsolateCommandId = Guid.NewGuid(), ReleaseCommandId = Guid.NewGuid(), ReleasedAt = Stamp.AddDays(1),
            },
            new IsolationStep
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, IsolationId = IsolationId, At = Stamp.AddMinutes(1), Actor = "agent", Step = "applied", Outcome = "ok",
                Detail = "isolated with nftables",
            },
            new ComputerChange
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, Source = InventorySource.Import, ObservedAt = Stamp,
                Field = "os", OldValue = "Windows 7", NewValue = "Windows 10", Actor = "nva",
            },
            new ComputerAddress
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, SourceId = Guid.NewGuid(), Kind = ComputerAddressKind.Hostname,
                Value = "pc-07.so-tc.gov.vn", FirstSeen = Stamp, Until = Stamp.AddDays(1),
            },
            new ComputerConflict
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, Field = "os", Values = "agent: Windows 10\nimport: Windows 7",
                OpenedAt = Stamp, ResolvedAt = Stamp.AddDays(1), ResolvedBy = "nva", ChosenSource = InventorySource.Agent,
            },
            new UnassignedReport
            {
                Id = Guid.NewGuid(), Source = InventorySource.Ocs, SourceKey = "PC-X-2024", UnitHint = "KHONG-CO", Hostname = "PC-X", OsName = "Windows XP",
                ObservedAt = Stamp, FirstSeenAt = Stamp.AddDays(-1), Reports = 4, SnapshotJson = "{}",
            },
            new NetworkDevice
            {
                Id = DeviceId, UnitId = commune.Id, Hostname = "SW-CORE", Kind = "switch", Vendor = "Cisco", Model = "WS-C2960X-24TS-L",
                SoftwareVersion = "15.2(7)E4", SerialNumber = "FOC1234X0AB", ManagementIp = "10.10.1.2", Location = "Phòng máy chủ",
                Notes = "Tầng 2", SoftwareFamily = "ios", Image = "flash:c2960x-universalk9-mz.152-7.E4.bin", Uptime = "3 weeks, 2 days",
                LastReloadAt = Stamp.AddDays(-23), Source = "scan", ObservedAt = Stamp,
            },
            new NetworkDeviceReport { DeviceId = DeviceId, Source = "cli", UnitId = commune.Id, ObservedAt = Stamp, FactsJson = "{\"model\":\"WS-C2960X\"}" },
            new NetworkDeviceChange
            {
                Id = Guid.NewGuid(), DeviceId = DeviceId, UnitId = commune.Id, At = Stamp, Source = "cli", Field = "version", OldValue = "15.0(2)SE11",
                NewValue = "15.2(7)E4", Actor = "nva",
            },
            new FirmwareBaseline
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, SoftwareFamily = "ios", Model = "WS-C2960X-24TS-L", MinimumVersion = "15.2(7)E4", Note = "PSIRT",
                UpdatedAt = Stamp, UpdatedBy = "nva",
            },
            new FirmwareUpdateEvent
            {
                Id = Guid.NewGuid(), DeviceId = DeviceId, UnitId = commune.Id, At = Stamp, ObservedAt = Stamp.AddMinutes(-5), Source = "cli", SoftwareFamily = "ios",
                OldVersion = "15.0(2)SE11", NewVersion = "15.2(7)E4", BaselineVersion = "15.2(7)E4", Actor = "nva",
            },
            new Vigil.Domain.Vulnerabilities.Stored.StoredCve
            {
                Id = "CVE-2017-0143", Description = "SMBv1 server", CvssScore = 8.8, CvssSeverity = "HIGH", CvssVersion = "3.1", CvssVector = "CVSS:3.1/AV:N",
                Cwes = "CWE-20", PublishedAt = Stamp.AddDays(-3), LastModifiedAt = Stamp.AddDays(-1), ConfigurationsJson = "[{\"nodes\":[]}]", ImportedAt = Stamp,
                ImportedBy = "admin",
            },
            new Vigil.Domain.Vulnerabilities.Stored.StoredKevEntry
            {
                CveId = "CVE-2017-0144", VendorProject = "Microsoft", Product = "SMBv1", Name = "SMB RCE", DateAdded = new DateOnly(2022, 3, 25),
                DueDate = new DateOnly(2022, 4, 15), RequiredAction = "Apply updates", KnownRansomwareUse = true, Notes = "n", ImportedAt = Stamp,
            },
            new Vigil.Domain.Vulnerabilities.Stored.StoredBulletin
            {
                Id = BulletinId, DocumentNumber = "12/CB-VNCERT", Date = new DateOnly(2017, 5, 13), Title = "MS17-010", SourceKind = "csv", FileName = "b.csv",
                ImportedAt = Stamp, ImportedBy = "admin",
            },
            new Vigil.Domain.Vulnerabilities.Stored.StoredBulletinRow
            {
                Id = Guid.NewGuid(), BulletinId = BulletinId, Position = 3, CveId = "CVE-2017-0143", Product = "Windows 7", Cpe = "cpe:2.3:o:microsoft:windows_7:-:sp1:*:*:*:*:*:*",
                Severity = "Critical", Cvss = 8.1, Exploited = true, FixText = "KB4012212", FixKbs = "KB4012212", FixedVersion = "1.2",
            },
            new Vigil.Domain.Vulnerabilities.Stored.VulnerabilityFinding
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, AssetId = computer.Id, AssetKind = "Computer", CveId = "CVE-2017-0143", Status = "Fixed",
                EvidenceJson = "[{\"a\":1}]", FixedBy = "KB4012212", FirstSeenAt = Stamp.AddDays(-2), LastEvaluatedAt = Stamp, ResolvedAt = Stamp.AddHours(1),
            },
            new Vigil.Domain.Vulnerabilities.Stored.VulnerabilityAssetState
            {
                AssetId = computer.Id, UnitId = commune.Id, AssetKind = "Computer", CatalogStamp = "s1", ObservedAt = Stamp.AddHours(-1), EvaluatedAt = Stamp,
                UnmappedSoftware = "Foo 1.0",
            },
            new DeviceLifecycleRecord
            {
                Id = Guid.NewGuid(), Vendor = "Cisco", ModelPattern = "WS-C2960X-*", Series = "Catalyst 2960-X", EndOfSale = new DateOnly(2022, 10, 30),
                EndOfSoftwareMaintenance = new DateOnly(2023, 10, 30), EndOfSecuritySupport = new DateOnly(2025, 10, 30),
                LastDateOfSupport = new DateOnly(2027, 10, 31), Source = "EOL bulletin", ImportedAt = Stamp, ImportedBy = "admin",
            },
            new ComplianceResult
            {
                ComputerId = computer.Id, RuleId = "supported-os", UnitId = commune.Id, Status = ComplianceStatus.Fail, Remediation = RemediationKind.ReinstallOs,
                Reason = "os.unsupported", EvidenceJson = "[{\"name\":\"os\",\"value\":\"Windows 7\"}]", DataObservedAt = Stamp,
                AsOf = new DateOnly(2024, 5, 23), Fingerprint = "directive-xp7@1-abc", Since = Stamp.AddDays(-1), EvaluatedAt = Stamp.AddMinutes(1),
            },
            new ComplianceChange
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, RuleId = "supported-os", At = Stamp, AsOf = new DateOnly(2024, 5, 23),
                OldStatus = ComplianceStatus.Pass, NewStatus = ComplianceStatus.Fail, Remediation = RemediationKind.ReinstallOs, Reason = "os.unsupported",
                EvidenceJson = "[]", DataObservedAt = Stamp.AddHours(-2), Fingerprint = "directive-xp7@1-abc",
            },
            new ComplianceDailyCount
            {
                UnitId = commune.Id, RuleId = "supported-os", Day = new DateOnly(2024, 5, 23), Pass = 10, Fail = 4, Unknown = 2, NotApplicable = 1, CountedAt = Stamp,
            },
            new EsuException
            {
                Id = Guid.NewGuid(), ComputerId = computer.Id, UnitId = commune.Id, Until = new DateOnly(2026, 10, 13), Note = "Hợp đồng ESU số 12",
                RecordedBy = "nva", RecordedAt = Stamp, RemovedAt = Stamp.AddDays(1), RemovedBy = "lvb",
            },
            item,
            // An item is on a computer or on a network device (migration 0018): the second shape.
            new RemediationItem
            {
                Id = Guid.NewGuid(), NetworkDeviceId = DeviceId, UnitId = commune.Id, RuleId = "vuln:CVE-2024-20353", Kind = RemediationKind.InstallPatch,
                Status = RemediationStatus.Planned, Title = "CVE-2024-20353 → 9.16.4.57", CreatedAt = Stamp, CreatedBy = "evaluation", UpdatedAt = Stamp,
            },
            new RemediationEvent
            {
                Id = Guid.NewGuid(), ItemId = item.Id, UnitId = commune.Id, At = Stamp, Actor = "nva", ActorId = user.Id, Kind = RemediationEventKind.Verified,
                FromStatus = RemediationStatus.Done, ToStatus = RemediationStatus.Verified, Text = "os.supported", DataJson = "{}",
            },
            new ComplianceEvaluationState
            {
                Id = "policy-sample", Fingerprint = "directive-xp7@1-abc", GoodSourcesJson = "{\"policies/site.yaml\":\"x\"}", LoadedAt = Stamp,
                LeaseOwner = "srv-1", LeaseUntil = Stamp.AddMinutes(10), CountedDay = new DateOnly(2024, 5, 23),
            },
            directive,
            new DirectiveAttachment
            {
                Id = Guid.NewGuid(), DirectiveId = directive.Id, UnitId = commune.Id, FileName = "123-UBND-VHTT.pdf", ContentType = "application/pdf", Size = 4,
                Sha256 = new string('c', 64), Content = [0x25, 0x50, 0x44, 0x46], UploadedAt = Stamp, UploadedBy = "nva",
            },
            report,
            new ReportVersion
            {
                Id = Guid.NewGuid(), ReportId = report.Id, DirectiveId = directive.Id, UnitId = commune.Id, Version = 2, SnapshotJson = "[{\"key\":\"a\"}]",
                Notes = "Đã rà soát", SubmittedAt = Stamp, SubmittedBy = "nva", SubmittedById = user.Id, Late = true, ReopenedAt = Stamp.AddHours(1),
                ReopenedBy = "lvb", ReopenReason = "Thiếu máy cá nhân",
            },
            new ReportReminder
            {
                Id = Guid.NewGuid(), DirectiveId = directive.Id, ReportId = report.Id, UnitId = commune.Id, SentAt = Stamp, Channel = "email",
                Recipient = "it@example.vn", Failure = "550 mailbox unavailable",
            },
            new DataProtectionKey { FriendlyName = "key-1", Xml = "<key id=\"1\" />" },
            new JobRun
            {
                Id = Guid.NewGuid(), JobName = "catalog-refresh", DueAt = Stamp, Instance = "srv-1", StartedAt = Stamp.AddSeconds(1),
                FinishedAt = Stamp.AddSeconds(5), Error = "timeout",
            },
            new SnmpCredentialProfile
            {
                Id = SnmpProfileId, UnitId = commune.Id, Name = "core-v3", Version = "v3", UserName = "vigil", AuthProtocol = "sha256",
                PrivProtocol = "aes128", ContextName = "vlan-10", ProtectedSecrets = "CfDJ8-protected", UpdatedAt = Stamp, UpdatedBy = "nva",
            },
            new SnmpPollTarget
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, Address = "10.10.1.2", Port = 1161, ProfileId = SnmpProfileId, DeviceId = DeviceId, Enabled = true,
                LastPolledAt = Stamp, LastStatus = "error", LastErrorCode = "snmp.timeout", LastError = "no answer", CreatedAt = Stamp.AddDays(-1),
            },
            log,
            alert,
            new AlertHit
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, AlertId = alert.Id, LogId = log.Id, Line = 42, SeenAt = Stamp, Sample = true,
                Field = "dst", Value = "104.16.166.228", LineTime = "2017-05-12T10:00:00Z", Src = "10.0.0.5", Dst = "104.16.166.228",
            },
            .. IndicatorSamples(province, commune, directive),
            .. IncidentSamples(commune),
        ];
    }

    private static List<object> IndicatorSamples(OrgUnit province, OrgUnit commune, Directive directive)
    {
        var indicator = new StoredIndicator
        {
            Id = Guid.NewGuid(), UnitId = province.Id, Type = IndicatorType.Domain, Value = "iuqerfsodp9ifjaposdfjhgosurijfaewrwergwea.com",
            Sources = "144/VNCERT\nabuse.ch", Family = "WannaCry", Tags = "ransomware", Description = "kill switch", FirstSeen = Stamp.AddDays(-9),
            LastSeen = Stamp.AddDays(-1), Expiry = Stamp.AddDays(90), Confidence = 90, Tlp = Tlp.Amber, Action = IndicatorAction.AlertOnly,
            AlertOnlyPinned = true, WarningCodes = "domain.kill_switch", KillSwitch = true, Flagged = true, RevokedAt = Stamp.AddDays(2), RevokedBy = "nva",
            RevokeReason = "sai", LastBatchId = Guid.NewGuid(), CreatedAt = Stamp, CreatedBy = "nva", UpdatedAt = Stamp.AddHours(2),
        };
        var pack = new PublishedPack
        {
            Id = Guid.NewGuid(), UnitId = province.Id, TargetUnitId = commune.Id, TargetPath = commune.Path, PackKey = "wannacry", Name = "WannaCry C2",
            Family = "WannaCry", Version = 2, Attribution = "VNCERT", DirectiveId = directive.Id, PublishedAt = Stamp, PublishedBy = "nva",
            CreatedAt = Stamp.AddHours(-1), CreatedBy = "nva",
        };
        return
        [
            indicator,
            new IndicatorOverride
            {
                Id = Guid.NewGuid(), IndicatorId = indicator.Id, UnitId = province.Id, Codes = "ip.private", Reason = "Máy chủ C2 nội bộ bị chiếm",
                OverriddenById = Guid.NewGuid(), OverriddenBy = "nva", OverriddenAt = Stamp,
            },
            new IndicatorImportBatch
            {
                Id = Guid.NewGuid(), UnitId = province.Id, FileNames = "iocs.csv", Formats = "Csv", Imported = 3, Skipped = 1, Rejected = 2, Created = 2,
                Merged = 1, ReportJson = "[{}]", CreatedAt = Stamp, CreatedBy = "nva",
            },
            pack,
            new PackMember { PackId = pack.Id, IndicatorId = indicator.Id, UnitId = province.Id },
            new PackDeployment
            {
                Id = Guid.NewGuid(), PackId = pack.Id, UnitId = commune.Id, Kind = "firewall", Location = "FortiGate 100F", Note = "EDL", DeployedAt = Stamp,
                RecordedById = Guid.NewGuid(), RecordedBy = "lvb", RecordedAt = Stamp.AddMinutes(5),
            },
            new FeedToken
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, Name = "fortigate", Prefix = "vgf_abcdefgh", SecretHash = new string('f', 64), PackId = pack.Id,
                CreatedAt = Stamp, CreatedBy = "lvb", RevokedAt = Stamp.AddDays(1), LastUsedAt = Stamp.AddHours(1),
            },
        ];
    }

    private static List<object> IncidentSamples(OrgUnit commune)
    {
        var incident = new Incident
        {
            Id = Guid.NewGuid(), UnitId = commune.Id, Title = "WannaCry trên KT-PC01", Description = "Kết nối tới C&C", Severity = IncidentSeverity.Critical,
            Status = IncidentStatus.Contained, DetectedAt = Stamp, DetectionMethod = "alert", Impact = "Một máy", AffectedSystem = "Mạng LAN xã",
            SystemOwner = "UBND xã", NotifiedParties = "Đội ứng cứu tỉnh", MeasuresTaken = "Cô lập máy", ReporterName = "Lò Văn B", ReporterContact = "0215 3 812 345",
            AssigneeId = Guid.NewGuid(), AssigneeName = "nva", RegulationId = "tt20-2017", ReportDueAt = Stamp.AddDays(5), ReportedAt = Stamp.AddDays(1),
            OpenedByRule = "block-hit-on-known-computer", ClosedAt = Stamp.AddDays(9), DeadlineWarnedAt = Stamp.AddDays(3), OverdueNotifiedAt = Stamp.AddDays(6), CreatedAt = Stamp, CreatedBy = "lvb", UpdatedAt = Stamp.AddMinutes(3),
        };
        return
        [
            incident,
            new IncidentAsset
            {
                Id = Guid.NewGuid(), IncidentId = incident.Id, UnitId = commune.Id, Kind = IncidentAssetKind.Indicator, RefId = Guid.NewGuid(), Label = "evil.example",
                AddedAt = Stamp.AddMinutes(1),
            },
            new IncidentTimelineEntry
            {
                Id = Guid.NewGuid(), IncidentId = incident.Id, UnitId = commune.Id, At = Stamp.AddMinutes(2), Kind = IncidentTimelineKind.Action, Text = "Cô lập",
                RefId = Guid.NewGuid(), Actor = "nva",
            },
            new IncidentFile
            {
                Id = Guid.NewGuid(), IncidentId = incident.Id, UnitId = commune.Id, FileName = "proxy.log", ContentType = "text/plain", Size = 1234,
                Sha256 = new string('d', 64), StoredName = "abc.bin", UploadedAt = Stamp.AddMinutes(4), UploadedBy = "nva",
            },
            new Domain.Notifications.NotificationSubscription
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, Channel = Domain.Notifications.NotificationChannel.Webhook, Events = "incident.created,incident.status_changed",
                Target = "https://soc.example/hook", ProtectedSecret = "CfDJ8-secret", Enabled = true, CreatedAt = Stamp, CreatedBy = "nva",
            },
            new Domain.Notifications.OutboxMessage
            {
                Id = Guid.NewGuid(), UnitId = commune.Id, SubscriptionId = Guid.NewGuid(), Event = "incident.created", Subject = "Sự cố mới", PayloadJson = "{\"a\":1}",
                CreatedAt = Stamp, Attempts = 3, NextAttemptAt = Stamp.AddMinutes(4), ClaimedUntil = Stamp.AddMinutes(1), DeliveredAt = Stamp.AddMinutes(5),
                GaveUpAt = Stamp.AddDays(1), LastError = "timeout",
            },
            new Domain.Notifications.InAppNotification
            {
                Id = Guid.NewGuid(), UserId = Guid.NewGuid(), UnitId = commune.Id, Event = "incident.created", Text = "Sự cố mới", Link = "/incidents/x",
                CreatedAt = Stamp, ReadAt = Stamp.AddHours(2),
            },
        ];
    }
}
