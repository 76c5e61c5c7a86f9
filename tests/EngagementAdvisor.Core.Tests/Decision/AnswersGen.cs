using EngagementAdvisor.Core.Questions;
using FsCheck;
using FsCheck.Fluent;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>Random but valid questionnaires, optional refinements included or not.</summary>
internal static class AnswersGen
{
    private static Gen<T?> Optional<T>(Gen<T> gen) where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    /// <summary>Budgets spread evenly on a log scale over the whole allowed range ($1,000 to $100 million), whole dollars.</summary>
    public static readonly Gen<long> Budget =
        from exponent in Gen.Choose(0, 5000)
        select (long)Math.Round(Questionnaire.Budget.Min * Math.Pow((double)Questionnaire.Budget.Max / Questionnaire.Budget.Min, exponent / 5000.0));

    public static readonly Gen<Answers> Any =
        from control in Gen.Choose(0, 2)
        from scope in Gen.Choose(0, 2)
        from pm in Gen.Choose(0, 2)
        from months in Gen.Choose((int)Questionnaire.Duration.Min, (int)Questionnaire.Duration.Max)
        from budget in Budget
        from team in Optional(Gen.Choose(1, 40))
        from workload in Optional(Gen.Choose(0, 2))
        from urgency in Optional(Gen.Choose(0, 2))
        from location in Optional(Gen.Choose(0, 3))
        from sensitivity in Optional(Gen.Choose(0, 2))
        from residency in Optional(Gen.Elements(true, false))
        from niche in Optional(Gen.Elements(true, false))
        select TestAnswers.Of(
            TestAnswers.Option(Questionnaire.Control, control),
            TestAnswers.Option(Questionnaire.ScopeStability, scope),
            TestAnswers.Option(Questionnaire.InHousePm, pm),
            months,
            budget,
            team,
            urgency is { } u ? TestAnswers.Option(Questionnaire.StartUrgency, u) : null,
            sensitivity is { } s ? TestAnswers.Option(Questionnaire.DataSensitivity, s) : null,
            niche,
            workload: workload is { } w ? TestAnswers.Option(Questionnaire.Workload, w) : null,
            location: location is { } l ? TestAnswers.Option(Questionnaire.TeamLocation, l) : null,
            residency: residency);

    public static Arbitrary<Answers> Arbitrary => Any.ToArbitrary();

    public static void ForAll(Action<Answers> property, int runs = 300) =>
        Prop.ForAll(Arbitrary, property).Check(Config.QuickThrowOnFailure.WithMaxTest(runs));
}
