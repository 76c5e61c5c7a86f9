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
    IReadOnlyList<Cited> WhatToWatch)
{
    /// <summary>What to put in the contract for this model: pricing, acceptance, people, code, exit.</summary>
    public IReadOnlyList<Cited> ContractTerms { get; init; } = [];

    /// <summary>What to do next once this model is chosen: the first steps towards a signed contract.</summary>
    public Cited? NextStep { get; init; }
}
