namespace EngagementAdvisor.Core.Knowledge;

/// <summary>A question to put to a vendor, why it matters, and what a strong and a weak answer sound like.</summary>
public sealed record VendorQuestion(
    string Id,
    string Question,
    string WhyItMatters,
    string GoodAnswer,
    string WeakAnswer,
    IReadOnlyList<string> Facts,
    IReadOnlyList<string> Sources);
