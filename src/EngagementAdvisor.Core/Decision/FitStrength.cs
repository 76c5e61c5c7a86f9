namespace EngagementAdvisor.Core.Decision;

/// <summary>How firmly the recommended model fits, in words: from its lead and from how often it still wins when the judgement in the weights varies.</summary>
public enum FitStrength
{
    /// <summary>A clear lead that holds in nearly every variation of the weights.</summary>
    Strong,

    /// <summary>A real lead that holds in most variations.</summary>
    Moderate,

    /// <summary>A small lead that many variations overturn.</summary>
    Weak,

    /// <summary>The first two are too close to call: choose between them on what the scores cannot see.</summary>
    TossUp,
}
