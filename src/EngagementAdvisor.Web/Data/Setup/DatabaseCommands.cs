using Microsoft.AspNetCore.DataProtection;

namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>
/// Commands the app runs instead of serving: <c>dotnet EngagementAdvisor.Web.dll migrate</c> applies the migrations and
/// seeds, then exits, so a deployment can migrate once as its own step and start its instances with
/// <c>Database:MigrateOnStartup=false</c>; <c>backup &lt;file&gt;</c> copies a live SQLite database consistently.
/// </summary>
public static partial class DatabaseCommands
{
    public const string Migrate = "migrate";
    public const string Backup = "backup";
    public const string Seed = "seed";

    /// <summary>The exit code of the command named by <paramref name="args"/>, or null when the app should serve.</summary>
    public static async Task<int?> RunCommandAsync(this IHost app, string[] args)
    {
        ArgumentNullException.ThrowIfNull(app);
        ArgumentNullException.ThrowIfNull(args);
        if (args.Length > 0 && string.Equals(args[0], Backup, StringComparison.Ordinal)) return BackUp(app, args);
        if (args.Length > 0 && string.Equals(args[0], Seed, StringComparison.Ordinal)) return await SeedAsync(app, args);
        if (args.Length == 0 || !string.Equals(args[0], Migrate, StringComparison.Ordinal)) return null;
        var logger = LoggerOf(app, "Migrate");
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

    /// <summary>
    /// SQLite's online backup: a consistent copy of the database while the app keeps serving and writing (a plain file
    /// copy of a database in WAL mode can miss committed results or be torn). PostgreSQL is backed up with its own
    /// tools (docs/operations.md).
    /// </summary>
    private static int BackUp(IHost app, string[] args)
    {
        var logger = LoggerOf(app, "Backup");
        var configuration = app.Services.GetRequiredService<IConfiguration>();
        if (DatabaseRegistration.ProviderOf(configuration) != DatabaseProvider.Sqlite)
        {
            LogNotSqlite(logger);
            return 2;
        }
        if (args.Length != 2 || string.IsNullOrWhiteSpace(args[1]))
        {
            LogUsage(logger);
            return 2;
        }
        var target = Path.GetFullPath(args[1]);
        if (File.Exists(target))
        {
            LogExists(logger, target);
            return 2;
        }
        try
        {
            using var source = new Microsoft.Data.Sqlite.SqliteConnection(configuration.GetConnectionString("Default"));
            source.Open();
            using var copy = new Microsoft.Data.Sqlite.SqliteConnection(new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder { DataSource = target, Pooling = false }.ToString());
            copy.Open();
            source.BackupDatabase(copy);
            LogBackedUp(logger, target);
            return 0;
        }
#pragma warning disable CA1031 // A backup step reports any failure as a non-zero exit code, with the reason in the log.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogBackupFailed(logger, ex, target);
            return 1;
        }
    }

    /// <summary>
    /// <c>seed &lt;count&gt; [tokens-file]</c>: migrates, then stores that many realistic results for a benchmark, and
    /// writes their share tokens to the file, one per line, when one is named.
    /// </summary>
    private static async Task<int> SeedAsync(IHost app, string[] args)
    {
        var logger = LoggerOf(app, "Seed");
        if (args.Length is < 2 or > 3 || !int.TryParse(args[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var count) || count < 1)
        {
            LogSeedUsage(logger);
            return 2;
        }
        await app.Services.MigrateDatabaseAsync();
        await using var tokens = args.Length == 3 ? new StreamWriter(args[2], append: true) : null;
        var seeder = app.Services.GetRequiredService<Features.Assessments.ResultSeeder>();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var stored = await seeder.SeedAsync(count, tokens is null ? null : t => tokens.WriteLine(t),
            new Progress<int>(done => { if (done % 50_000 == 0) LogSeedProgress(logger, done, count); }));
        LogSeeded(logger, stored, started.Elapsed.TotalSeconds);
        return 0;
    }

    private static ILogger LoggerOf(IHost app, string command) =>
        app.Services.GetRequiredService<ILoggerFactory>().CreateLogger("EngagementAdvisor." + command);

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage: seed <count> [tokens-file], count a whole number of at least 1")]
    private static partial void LogSeedUsage(ILogger logger);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Done} of {Count} results")]
    private static partial void LogSeedProgress(ILogger logger, int done, int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded {Count} results in {Seconds:0.0} s")]
    private static partial void LogSeeded(ILogger logger, int count, double seconds);

    [LoggerMessage(Level = LogLevel.Information, Message = "Backed up the SQLite database to {Target}")]
    private static partial void LogBackedUp(ILogger logger, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "Backing up the SQLite database to {Target} failed")]
    private static partial void LogBackupFailed(ILogger logger, Exception exception, string target);

    [LoggerMessage(Level = LogLevel.Error, Message = "backup copies a SQLite database; back up PostgreSQL with pg_dump (docs/operations.md)")]
    private static partial void LogNotSqlite(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "Usage: backup <file>, a file that does not exist yet")]
    private static partial void LogUsage(ILogger logger);

    [LoggerMessage(Level = LogLevel.Error, Message = "{Target} already exists; backup never overwrites a file")]
    private static partial void LogExists(ILogger logger, string target);

    [LoggerMessage(Level = LogLevel.Information, Message = "The {Provider} database is migrated and seeded")]
    private static partial void LogMigrated(ILogger logger, DatabaseProvider provider);

    [LoggerMessage(Level = LogLevel.Error, Message = "Migrating the {Provider} database failed")]
    private static partial void LogFailed(ILogger logger, Exception exception, DatabaseProvider provider);
}
