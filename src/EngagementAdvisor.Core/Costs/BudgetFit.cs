namespace EngagementAdvisor.Core.Costs;

public enum BudgetFit
{
    /// <summary>Even the high estimate is within budget.</summary>
    Fits,

    /// <summary>The likely estimate is within budget, the high one is not.</summary>
    Tight,

    /// <summary>The likely estimate is over budget.</summary>
    Over,
}
