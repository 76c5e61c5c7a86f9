using EngagementAdvisor.Web.Data;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// The real app on a real temporary database (a SQLite file, or a fresh PostgreSQL database in ./test.sh's PostgreSQL
/// pass; see <see cref="TestDatabase"/>). Only configuration is overridden; every service is the one a user runs.
/// </summary>
public sealed class AdvisorFactory : WebApplicationFactory<Program>
{
    private readonly TestDatabase _database;
    private readonly bool _ownsDatabase;

    public AdvisorFactory()
        : this(new TestDatabase(), ownsDatabase: true, "Pw-" + Guid.NewGuid().ToString("N"))
    {
    }

    private AdvisorFactory(TestDatabase database, bool ownsDatabase, string adminPassword)
    {
        _database = database;
        _ownsDatabase = ownsDatabase;
        AdminPassword = adminPassword;
    }

    /// <summary>The app on a fresh database with this first admin's password (as an operator would set Admin__Password).</summary>
    public static AdvisorFactory WithAdminPassword(string password) => new(new TestDatabase(), ownsDatabase: true, password);

    /// <summary>The app on a database that the caller made (and disposes), e.g. one the migrate command prepared.</summary>
    public static AdvisorFactory On(TestDatabase database) => new(database, ownsDatabase: false, "Pw-" + Guid.NewGuid().ToString("N"));

    /// <summary>
    /// A second instance of the app on this one's database, with the same settings (as a load balancer's second
    /// instance would have). The first instance owns the database and drops it.
    /// </summary>
    public AdvisorFactory AnotherInstance()
    {
        var other = new AdvisorFactory(_database, ownsDatabase: false, AdminPassword);
        foreach (var (key, value) in Settings) other.Settings[key] = value;
        return other;
    }

    public const string AdminEmail = "admin@example.test";

    /// <summary>Made up per test run; the repo holds no password.</summary>
    public string AdminPassword { get; }

    /// <summary>Settings a test adds before the app starts (e.g. Admin:RequireTwoFactor).</summary>
    public Dictionary<string, string> Settings { get; } = new(StringComparer.Ordinal);

    public string ConnectionString => _database.ConnectionString;

    /// <summary>
    /// The in-memory test server has no network peer (RemoteIpAddress is null). When set, a request's
    /// X-Test-Peer header becomes its peer address, as if it had arrived from that machine.
    /// </summary>
    public bool SimulatePeers { get; set; }

    /// <summary>Every Serilog event the app writes (at the configured level), for tests that read the logs.</summary>
    public LogCapture Logs { get; } = new();

    /// <summary>
    /// A question table of the test's own instead of the product's: the one service a test may swap, to show that every
    /// part of the app follows the table (ExtraQuestionTests).
    /// </summary>
    public EngagementAdvisor.Core.Questions.Questionnaire? Questionnaire { get; set; }

    /// <summary>A clock of the test's own instead of the system's, for what waits (sign-in delays).</summary>
    public TimeProvider? Clock { get; set; }

    /// <summary>When set, requests for /test/throw and /api/test/throw (any method) throw inside the app, as a broken service would.</summary>
    public bool ThrowOnTestPaths { get; set; }

    /// <summary>The message of the exception thrown on the test paths: a stand-in for details that must never reach a client.</summary>
    public const string SecretFailure = "SQLite Error 1: 'no such table: Secrets' in SELECT * FROM Secrets at /srv/app/Secret.cs:line 42 password=hunter2";

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        builder.UseSetting("Database:Provider", TestDatabase.Provider.ToString());
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        // Request logs are noise in test output; warnings and errors still show.
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Admin:Email", AdminEmail);
        builder.UseSetting("Admin:Password", AdminPassword);
        foreach (var (key, value) in Settings) builder.UseSetting(key, value);
        if (Questionnaire is { } questionnaire) builder.ConfigureServices(s => s.AddSingleton(questionnaire));
        if (Clock is { } clock) builder.ConfigureServices(s => s.AddSingleton(clock));
        if (SimulatePeers) builder.ConfigureServices(s => s.AddSingleton<Microsoft.AspNetCore.Hosting.IStartupFilter, PeerFromHeader>());
        // Picked up by Serilog's ReadFrom.Services next to the configured console sink.
        builder.ConfigureServices(s => s.AddSingleton<Serilog.Core.ILogEventSink>(Logs));
        if (ThrowOnTestPaths)
        {
            builder.ConfigureServices(s => s.Configure<Microsoft.AspNetCore.OutputCaching.OutputCacheOptions>(o => o.AddBasePolicy(new ThrowOnTestPath())));
        }
    }

    /// <summary>
    /// The output cache asks its base policies about every request, deep inside the app's pipeline (after routing,
    /// authentication and the app's error handling), whatever the method: a place to fail as a broken service would.
    /// </summary>
    private sealed class ThrowOnTestPath : Microsoft.AspNetCore.OutputCaching.IOutputCachePolicy
    {
        public ValueTask CacheRequestAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation)
        {
            var path = context.HttpContext.Request.Path;
            if (path.Equals("/test/throw") || path.Equals("/api/test/throw")) throw new InvalidOperationException(SecretFailure);
            return ValueTask.CompletedTask;
        }

        public ValueTask ServeFromCacheAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

        public ValueTask ServeResponseAsync(Microsoft.AspNetCore.OutputCaching.OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;
    }

    private sealed class PeerFromHeader : Microsoft.AspNetCore.Hosting.IStartupFilter
    {
        public Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> Configure(Action<Microsoft.AspNetCore.Builder.IApplicationBuilder> next) => app =>
        {
            app.Use((context, nextMiddleware) =>
            {
                if (System.Net.IPAddress.TryParse(context.Request.Headers["X-Test-Peer"].ToString(), out var peer)) context.Connection.RemoteIpAddress = peer;
                return nextMiddleware(context);
            });
            next(app);
        };
    }

    public HttpClient CreateBrowserLikeClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });

    /// <summary>Over https, because admin cookies are Secure outside Development (the test server needs no certificate).</summary>
    public HttpClient CreateSecureClient() =>
        CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true, BaseAddress = new Uri("https://localhost") });

    public async Task<int> CountAssessmentsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<AdvisorDbContext>();
        return await db.Assessments.CountAsync();
    }

    public async Task<T> WithDbAsync<T>(Func<AdvisorDbContext, Task<T>> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        await using var scope = Services.CreateAsyncScope();
        return await action(scope.ServiceProvider.GetRequiredService<AdvisorDbContext>());
    }

    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        if (_ownsDatabase) await _database.DisposeAsync();
    }
}
