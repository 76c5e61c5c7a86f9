namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Where the data lives and when migrations run, in configuration section Database.</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary><c>Sqlite</c> (the default: one file, one instance) or <c>Postgres</c> (several instances can share it).</summary>
    public DatabaseProvider Provider { get; set; } = DatabaseProvider.Sqlite;

    /// <summary>Apply migrations when the app starts. Turn off where migrations run as a deploy step.</summary>
    public bool MigrateOnStartup { get; set; } = true;
}
