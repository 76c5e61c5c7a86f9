namespace EngagementAdvisor.Core.Decision;

public enum TensionKind
{
    /// <summary>An answer conflicts with what the recommended model needs.</summary>
    Warning,

    /// <summary>A phased path the sources support.</summary>
    PhasedAdvice,
}
