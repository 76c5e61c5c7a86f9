using Microsoft.AspNetCore.DataProtection;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>
/// Commands the app runs instead of serving: <c>dotnet EngagementAdvisor.Web.dll migrate</c> applies the migrations and
/// seeds, then exits, so a deployment can migrate once as its own step and start its instances with
/// <c>Database:MigrateOnStartup=false</c>.
/// </summary>
public static partial class DatabaseCommands
{
    public const string Migrate = "migrate";

    /// <summary>The exit code of the command named by <paramref name="args"/>, or null when the app should serve.</summary>
    public static async Task<int?> RunCommandAsync(this IHost app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length == 0 || !string.Equals(args[0], Migrate, StringComparison.Ordinal)) return null;
        var logger = app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EngagementAdvisor.Migrate");
        var provider = DatabaseRegistration.ProviderOf(app.Services.GetRequiredService<IConfiguration>());
        try
        {
            await app.Services.MigrateDatabaseAsync();
            // The first Data Protection key is made here, once, rather than by each instance at its first request:
            // instances started together would otherwise each make one and, for a while, reject each other's cookies.
            app.Services.GetRequiredService<IDataProtectionProvider>().CreateProtector("EngagementAdvisor.Migrate").Protect([1]);
            LogMigrated(logger, provider);
            return 0;
        }
#pragma warning disable CA1031 // A deploy step reports any failure as a non-zero exit code, with the reason in the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogFailed(logger, ex, provider);
            return 1;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Provider} database is migrated and seeded")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Error, Message = "Migrating the {Provider} database failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, DatabaseProvider provider);
}
