namespace EngagementAdvisor.Web.Data.Setup;

/// <summary>Where the data lives: one SQLite file (one instance), or PostgreSQL (one or several instances).</summary>
public enum DatabaseProvider
{
    Sqlite,
    Postgres,
}
