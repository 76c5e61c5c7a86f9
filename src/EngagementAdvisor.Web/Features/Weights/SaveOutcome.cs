namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>What saving a weight set came to: a new version, or a conflict with one saved meanwhile.</summary>
public abstract record SaveOutcome
{
    public sealed record Saved(int Version) : SaveOutcome;

    /// <summary>Someone saved <see cref="Latest"/> after this edit started from an older version.</summary>
    public sealed record Conflict(int Latest) : SaveOutcome;
}
