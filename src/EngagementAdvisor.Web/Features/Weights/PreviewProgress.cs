namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>
/// How far an impact preview has got: read by the page that streams it while the preview's workers count on.
/// </summary>
public sealed class PreviewProgress
{
    private int _checked;

    /// <summary>The stored results to check, counted when the preview starts (results stored meanwhile are not).</summary>
    public int Total { get; internal set; }

    /// <summary>The results checked so far.</summary>
    public int Checked => Volatile.Read(ref _checked);

    internal void Add(int count) => Interlocked.Add(ref _checked, count);
}
