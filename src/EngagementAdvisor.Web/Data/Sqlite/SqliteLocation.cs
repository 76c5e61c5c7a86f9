using Microsoft.Data.Sqlite;

namespace EngagementAdvisor.Web.Data.Sqlite;

/// <summary>Where the embedded database lives when nobody says otherwise.</summary>
public static class SqliteLocation
{
    public const string DefaultFile = "App_Data/engagement-advisor.db";

    public static string ConnectionString(IConfiguration configuration, IHostEnvironment environment)
    {
        ArgumentNullException.ThrowIfNull(environment);
        var configured = configuration.GetConnectionString("Default");
        var builder = new SqliteConnectionStringBuilder(string.IsNullOrWhiteSpace(configured)
            ? $"Data Source={Path.Combine(environment.ContentRootPath, DefaultFile)}"
            : configured);
        // Foreign keys guard the weight-version links; the timeout makes a busy writer wait instead of failing.
        builder.ForeignKeys = true;
        if (builder.DefaultTimeout == 30) builder.DefaultTimeout = 10;
        if (builder.Mode != SqliteOpenMode.Memory && !string.IsNullOrEmpty(builder.DataSource))
        {
            var directory = Path.GetDirectoryName(Path.GetFullPath(builder.DataSource));
            if (!string.IsNullOrEmpty(directory)) Directory.CreateDirectory(directory);
        }
        return builder.ToString();
    }
}
