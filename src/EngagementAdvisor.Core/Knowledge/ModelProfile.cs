using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Knowledge;

/// <summary>Everything a product leader should know about one engagement model.</summary>
public sealed record ModelProfile(
    EngagementModel Model,
    Cited WhatItIs,
    Cited WhoManages,
    Cited WhoIsAccountable,
    Cited HowYouPay,
    Cited TypicalContract,
    Cited OnboardingSpeed,
    IReadOnlyList<Cited> FitsWhen,
    IReadOnlyList<Cited> DoesNotFitWhen,
    IReadOnlyList<Cited> HiddenCosts,
    IReadOnlyList<Cited> WhatToWatch);

/// <summary>One row of the side-by-side comparison: the same question answered for each model.</summary>
public sealed record ComparisonDimension(string Id, string Name, IReadOnlyDictionary<EngagementModel, Cited> Cells)
{
    public Cited For(EngagementModel model) => Cells[model];
}

/// <summary>A risk to check before signing, and what to check for it under each model.</summary>
public sealed record RiskArea(string Id, string Name, string WhyItMatters, IReadOnlyDictionary<EngagementModel, Cited> WhatToCheck)
{
    public Cited For(EngagementModel model) => WhatToCheck[model];
}

/// <summary>A question to put to a vendor, why it matters, and what a strong and a weak answer sound like.</summary>
public sealed record VendorQuestion(
    string Id,
    string Question,
    string WhyItMatters,
    string GoodAnswer,
    string WeakAnswer,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Sources);

/// <summary>Context figures about the market, always attributed.</summary>
public sealed record MarketFigure(string Id, Cited Figure);
