using System.Globalization;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.AspNetCore.HttpOverrides;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using Vigil.Contracts;
using Vigil.Domain.Access;
using Vigil.Server.Infrastructure;
using Vigil.Storage;

namespace Vigil.Server.Hosting;

internal static class VigilServices
{
    public const string SignInRateLimit = "sign-in";
    public const string MachineRateLimit = "machine";
    public const string OcsRateLimit = "ocs";

    public static readonly CultureInfo[] SupportedCultures = [new("vi-VN"), new("en-US")];

    public static IServiceCollection AddVigilServices(this IServiceCollection services, IConfiguration configuration)
    {
        var storage = configuration.GetSection(StorageOptions.SectionName).Get<StorageOptions>() ?? new StorageOptions();
        services.AddVigilStorage(storage);
        services.AddOptions<ServerOptions>().BindConfiguration(ServerOptions.SectionName)
            .PostConfigure(o => o.AdminPassword ??= Environment.GetEnvironmentVariable("VIGIL_ADMIN_PASSWORD"));
        services.AddSingleton(TimeProvider.System);

        services.AddDataProtection().SetApplicationName("Vigil");
        services.AddOptions<KeyManagementOptions>()
            .Configure<IServiceScopeFactory>((o, scopes) => o.XmlRepository = new DatabaseXmlRepository(scopes));

        services.AddVigilAuthentication();
        services.AddVigilAuthorization();
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "vigil.csrf";
            o.Cookie.SameSite = SameSiteMode.Strict;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
        });

        services.AddLocalization(o => o.ResourcesPath = "Resources");
        // Vietnamese text is written as characters, not as &#x…; entities, which would triple the page size.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.DefaultRequestCulture = new RequestCulture("vi-VN");
            o.SupportedCultures = SupportedCultures;
            o.SupportedUICultures = SupportedCultures;
            // Vietnamese unless the person chose English: Accept-Language of office PCs is often en-US.
            o.RequestCultureProviders = [new CookieRequestCultureProvider()];
        });
        services.AddRazorPages(o =>
        {
            o.Conventions.AuthorizeFolder("/");
            o.Conventions.AllowAnonymousToPage("/Login");
            o.Conventions.AllowAnonymousToPage("/Error");
        }).AddViewLocalization();

        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, VigilJsonContext.Default));
        services.AddProblemDetails();
        services.AddExceptionHandler<ScopeViolationHandler>();
        services.AddOpenApi("v1");
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: ["ready"]);

        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(SignInRateLimit, http => PerClient(http, Options(http).SignInPermitsPerMinute));
            o.AddPolicy(MachineRateLimit, http => PerClient(http, Options(http).MachinePermitsPerMinute));
            o.AddPolicy(Features.Agents.AgentEndpoints.EnrolRateLimit, http =>
                PerClient(http, http.RequestServices.GetRequiredService<IOptions<Features.Agents.AgentOptions>>().Value.EnrolPermitsPerMinute));
            // Its own budget: a unit's PCs behind one NAT address report together at start of day.
            o.AddPolicy(OcsRateLimit, http => PerClient(http, http.RequestServices.GetRequiredService<IOptions<Features.Inventory.Ocs.OcsOptions>>().Value.PermitsPerMinute));
        });

        services.Configure<ForwardedHeadersOptions>(o => o.ForwardedHeaders = ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost);
        services.AddOptions<Features.Agents.AgentOptions>().BindConfiguration(Features.Agents.AgentOptions.SectionName);
        services.AddOptions<Features.Jobs.JobOptions>().BindConfiguration(Features.Jobs.JobOptions.SectionName);
        services.AddOptions<Features.Inventory.Ocs.OcsOptions>().BindConfiguration(Features.Inventory.Ocs.OcsOptions.SectionName)
            .Validate(o => o.MaxRequestBytes > 0 && o.MaxDocumentBytes > 0 && o.PermitsPerMinute > 0 && o.PrologFrequencyHours > 0,
                "Vigil:Ocs limits, permits and prolog frequency must be positive.")
            .ValidateOnStart();
        services.AddHostedService<Features.Jobs.JobScheduler>();
        services.AddFeatureServices();
        return services;
    }

    private static ServerOptions Options(HttpContext http) => http.RequestServices.GetRequiredService<IOptions<ServerOptions>>().Value;

    private static RateLimitPartition<string> PerClient(HttpContext http, int permitsPerMinute) =>
        RateLimitPartition.GetFixedWindowLimiter(
            http.Connection.RemoteIpAddress?.ToString() ?? "unknown",
            _ => new FixedWindowRateLimiterOptions { PermitLimit = permitsPerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });

    private static void AddFeatureServices(this IServiceCollection services)
    {
        services.AddScoped<Features.Account.AdminBootstrap>();
        services.AddScoped<Features.Account.SignInService>();
        services.AddScoped<Features.Account.PasswordService>();
        services.AddScoped<Features.Account.TokenService>();
        services.AddScoped<Features.Account.ScopeLoader>();
        services.AddScoped<Features.Units.UnitService>();
        services.AddScoped<Features.Users.UserService>();
        services.AddScoped<Features.Demo.DemoSeeder>();
        services.AddScoped<Features.Audit.AuditQuery>();
        services.AddScoped<Features.Dashboard.DashboardService>();
        // The embedded compliance catalogs; site overrides from the data directory replace this registration.
        services.AddSingleton(_ => Domain.Compliance.Catalogs.ComplianceCatalogs.Default);
        services.AddScoped<Features.Inventory.IInventoryIngest, Features.Inventory.InventoryIngestService>();
        services.AddSingleton<Features.Inventory.ReportWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<Features.Inventory.ReportWriter>());
        // Inventory for people: list, detail, conflicts, people's facts, unassigned queue.
        services.AddOptions<Features.Inventory.InventoryOptions>().BindConfiguration(Features.Inventory.InventoryOptions.SectionName);
        services.AddScoped<Features.Inventory.InventoryQuery>();
        services.AddScoped<Features.Inventory.ComputerDetailQuery>();
        services.AddScoped<Features.Inventory.ConflictService>();
        services.AddScoped<Features.Inventory.PeopleFactsService>();
        services.AddScoped<Features.Inventory.UnassignedService>();
        services.AddScoped<Features.Inventory.Ocs.OcsService>();
        services.AddScoped<Features.InventoryImport.InventoryImportService>();
        services.AddSingleton<Features.InventoryImport.PendingImportStore>();
        services.AddScoped<Features.Dashboard.IDashboardContributor, Features.Dashboard.AssetFiguresContributor>();
        services.AddScoped<Features.Dashboard.IDashboardContributor, Features.Dashboard.OrganisationFiguresContributor>();
        services.AddSingleton<Features.Jobs.IRecurringJob, Features.Jobs.PruneJobHistoryJob>();
        services.AddScoped<Features.Agents.EnrolmentTokenService>();
        services.AddScoped<Features.Agents.AgentAdminService>();
        services.AddScoped<Features.Agents.AgentEnrolService>();
        services.AddScoped<Features.Agents.AgentInventoryService>();
        services.AddScoped<Features.Agents.AgentHeartbeatService>();
        services.AddSingleton<Features.Jobs.IRecurringJob, Features.Agents.PruneAgentReceiptsJob>();
        services.AddSingleton<IPasswordHasher<UserAccount>, PasswordHasher<UserAccount>>();
        services.AddSingleton<Features.Directives.DirectiveTemplateHolder>();
        services.AddScoped<Features.Directives.FigureMeasurer>();
        services.AddScoped<Features.Directives.DirectiveLoader>();
        services.AddScoped<Features.Directives.DirectiveService>();
        services.AddScoped<Features.Directives.UnitReportService>();
        services.AddScoped<Features.Directives.DirectiveBoardService>();
        services.AddScoped<Features.Directives.DirectiveDocumentService>();
        services.AddScoped<Features.Directives.DirectiveReminderQuery>();
        services.AddScoped<Features.Directives.ReminderMailer>();
        services.AddSingleton<Features.Jobs.IRecurringJob, Features.Directives.DirectiveReminderJob>();
        services.AddOptions<Features.Directives.MailOptions>().BindConfiguration(Features.Directives.MailOptions.SectionName);
        services.AddOptions<Features.Directives.DirectiveOptions>().BindConfiguration(Features.Directives.DirectiveOptions.SectionName);
        services.AddOptions<Features.Indicators.IndicatorOptions>().BindConfiguration(Features.Indicators.IndicatorOptions.SectionName);
        services.AddScoped<Features.Indicators.IndicatorImportService>();
        services.AddScoped<Features.Indicators.IndicatorService>();
        services.AddScoped<Features.Indicators.IndicatorUpsert>();
        services.AddScoped<Features.Indicators.PackService>();
        services.AddScoped<Features.Indicators.IndicatorExportService>();
        services.AddScoped<Features.Indicators.FeedService>();
        services.AddSingleton<Features.Vulnerabilities.VulnerabilityCatalog>();
        services.AddScoped<Features.Vulnerabilities.VulnerabilityMatchRunner>();
        services.AddScoped<Features.Vulnerabilities.VulnerabilityImportService>();
        services.AddScoped<Features.Vulnerabilities.VulnerabilityQuery>();
        services.AddScoped<Features.Vulnerabilities.VulnerabilityExport>();
        services.AddSingleton<Features.Jobs.IRecurringJob, Features.Vulnerabilities.VulnerabilityMatchJob>();
        services.AddOptions<Features.Isolation.IsolationOptions>().BindConfiguration(Features.Isolation.IsolationOptions.Section);
        services.AddScoped<Features.Isolation.IsolationService>();
        services.AddScoped<Features.Isolation.ContainmentService>();
        Features.Compliance.ComplianceServices.AddCompliance(services);
        Features.Export.ExportServices.AddExports(services);
        Features.Documents.DocumentServices.AddDocuments(services);
        Features.NetworkDevices.Snmp.SnmpServices.AddSnmpPolling(services);
        Features.Alerts.AlertServices.AddAlerts(services);
        Features.Incidents.IncidentServices.AddIncidents(services);
        Features.Notifications.NotificationServices.AddNotifications(services);
    }
}
