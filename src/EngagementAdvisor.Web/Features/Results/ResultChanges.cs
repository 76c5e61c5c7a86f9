using Microsoft.AspNetCore.OutputCaching;
using Npgsql;

namespace EngagementAdvisor.Web.Features.Results;

/// <summary>
/// A result's page changed (deleted, or described anew): every instance must drop its cached copy at once, not when it
/// expires. This instance evicts its own; on PostgreSQL a <c>NOTIFY</c> on <see cref="Channel"/> tells the others,
/// whose <see cref="ResultChangeListener"/> evicts theirs. The message carries the cache tag, which holds the token's
/// hash, never the token: anyone who can LISTEN on the database learns nothing that opens a result.
/// </summary>
public sealed class ResultChanges(IOutputCacheStore renderedPages, IConfiguration configuration)
{
    public const string Channel = "ea_result_changed";

    /// <summary>The output-cache tag of a result's page: its token's hash in hex.</summary>
    public static string TagOf(string token) => "result:" + Convert.ToHexString(Assessments.ShareToken.Hash(token));

    public async Task ChangedAsync(string token, CancellationToken cancellationToken = default)
    {
        var tag = TagOf(token);
        await renderedPages.EvictByTagAsync(tag, cancellationToken);
        if (Data.Setup.DatabaseRegistration.ProviderOf(configuration) != Data.Setup.DatabaseProvider.Postgres) return;
        await using var connection = new NpgsqlConnection(configuration.GetConnectionString("Default"));
        await connection.OpenAsync(cancellationToken);
        await using var notify = new NpgsqlCommand("SELECT pg_notify(@channel, @tag)", connection);
        notify.Parameters.AddWithValue("channel", Channel);
        notify.Parameters.AddWithValue("tag", tag);
        await notify.ExecuteNonQueryAsync(cancellationToken);
    }
}
