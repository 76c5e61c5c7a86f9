using EngagementAdvisor.Web.Infrastructure;
using Microsoft.AspNetCore.OutputCaching;

namespace EngagementAdvisor.Web.Features.Results;

/// <summary>
/// A result's page changed (deleted, or described anew): every instance must drop its cached copy at once, not when it
/// expires. This instance evicts its own; on PostgreSQL a <c>NOTIFY</c> on <see cref="Channel"/> tells the others,
/// whose <see cref="ChangeListener"/> hands it back here. The message carries the cache tag, which holds the token's
/// hash, never the token: anyone who can LISTEN on the database learns nothing that opens a result.
/// </summary>
public sealed class ResultChanges(IOutputCacheStore renderedPages, IConfiguration configuration) : IChangeHandler
{
    public const string ChannelName = "ea_result_changed";

    public string Channel => ChannelName;

    /// <summary>The output-cache tag of a result's page: its token's hash in hex.</summary>
    public static string TagOf(string token) => "result:" + Convert.ToHexString(Assessments.ShareToken.Hash(token));

    public async Task ChangedAsync(string token, CancellationToken cancellationToken = default)
    {
        var tag = TagOf(token);
        await renderedPages.EvictByTagAsync(tag, cancellationToken);
        await ChangeListener.NotifyAsync(configuration, ChannelName, tag, cancellationToken);
    }

    public void Heard(string payload) => _ = renderedPages.EvictByTagAsync(payload, CancellationToken.None).AsTask();
}
