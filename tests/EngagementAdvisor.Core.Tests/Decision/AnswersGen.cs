using EngagementAdvisor.Core.Questions;
using FsCheck;
using FsCheck.Fluent;

namespace EngagementAdvisor.Core.Tests.Decision;

/// <summary>Random but valid questionnaires, optional refinements included or not.</summary>
internal static class AnswersGen
{
    private static Gen<T?> Optional<T>(Gen<T> gen) where T : struct =>
        Gen.OneOf(Gen.Constant<T?>(null), gen.Select(v => (T?)v));

    public static readonly Gen<Answers> Any =
        from control in Gen.Choose(0, 2)
        from scope in Gen.Choose(0, 2)
        from pm in Gen.Choose(0, 2)
        from months in Gen.Choose((int)Questionnaire.Duration.Min, (int)Questionnaire.Duration.Max)
        from budget in Gen.Elements(1_000L, 20_000L, 49_999L, 50_000L, 120_000L, 499_999L, 500_000L, 2_000_000L, 100_000_000L)
        from team in Optional(Gen.Choose(1, 40))
        from urgency in Optional(Gen.Choose(0, 2))
        from sensitivity in Optional(Gen.Choose(0, 2))
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
            niche);

    public static Arbitrary<Answers> Arbitrary => Any.ToArbitrary();

    public static void ForAll(Action<Answers> property, int runs = 300) =>
        Prop.ForAll(Arbitrary, property).Check(Config.QuickThrowOnFailure.WithMaxTest(runs));
}
