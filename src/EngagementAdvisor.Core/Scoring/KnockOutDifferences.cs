using EngagementAdvisor.Core.Questions;
using static EngagementAdvisor.Core.Scoring.WeightWords;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// The knock-out rules' side of <see cref="WeightSetDifferences"/>: rules added, removed and changed, each named by
/// what it says ("Rule: when “In-house PM and tech leadership” is “None”, outstaffing") rather than by its id.
/// </summary>
internal static class KnockOutDifferences
{
    private const string NoSuchRule = "not in this version";

    public static IReadOnlyList<WeightChange> Between(IReadOnlyList<KnockOutRule> before, IReadOnlyList<KnockOutRule> after, Questionnaire questionnaire)
    {
        var changes = new List<WeightChange>();
        foreach (var (was, now) in Pairs(before, after))
        {
            if (was is null)
            {
                changes.Add(new(Subject(now!, questionnaire), NoSuchRule, Described(now!)));
                continue;
            }
            if (now is null)
            {
                changes.Add(new(Subject(was, questionnaire), Described(was), NoSuchRule));
                continue;
            }
            if (Condition(was, questionnaire) != Condition(now, questionnaire))
            {
                changes.Add(new("What a rule applies to", Condition(was, questionnaire), Condition(now, questionnaire)));
            }
            var subject = Subject(now, questionnaire);
            if (Effect(was) != Effect(now)) changes.Add(new(subject, Effect(was), Effect(now)));
            if (was.Reason != now.Reason) changes.Add(new($"{subject} — reason", Reason(was), Reason(now)));
            if (Facts(was) != Facts(now)) changes.Add(new($"{subject} — facts cited", Facts(was), Facts(now)));
        }
        return changes;
    }

    /// <summary>
    /// Each rule of either version with its counterpart in the other: by id, as the editor keeps it, then a rule whose
    /// id alone changed by its condition. Rules in the newer version's order, then those it removed.
    /// </summary>
    private static List<(KnockOutRule? Was, KnockOutRule? Now)> Pairs(IReadOnlyList<KnockOutRule> before, IReadOnlyList<KnockOutRule> after)
    {
        var unmatched = before.ToList();
        var pairs = new List<(KnockOutRule? Was, KnockOutRule? Now)>();
        KnockOutRule? Take(Func<KnockOutRule, bool> match)
        {
            var found = unmatched.FirstOrDefault(match);
            if (found is not null) unmatched.Remove(found);
            return found;
        }
        foreach (var now in after) pairs.Add((Take(r => r.Id == now.Id), now));
        for (var i = 0; i < pairs.Count; i++)
        {
            var now = pairs[i].Now!;
            if (pairs[i].Was is null) pairs[i] = (Take(r => SameCondition(r, now)), now);
        }
        pairs.AddRange(unmatched.Select(r => ((KnockOutRule?)r, (KnockOutRule?)null)));
        return pairs;
    }

    private static bool SameCondition(KnockOutRule a, KnockOutRule b) => a.Factor == b.Factor && a.Level == b.Level && a.Model == b.Model;

    private static string Subject(KnockOutRule rule, Questionnaire questionnaire) => $"Rule: {Condition(rule, questionnaire)}";

    private static string Condition(KnockOutRule rule, Questionnaire questionnaire) =>
        $"when {Quoted(Factor(questionnaire, rule.Factor))} is {Quoted(Level(questionnaire, rule.Factor, rule.Level))}, {Model(rule.Model)}";

    /// <summary>What the rule does to the model: "ruled out", "penalised by 30 points" (a penalty's points mean nothing once ruled out).</summary>
    private static string Effect(KnockOutRule rule) =>
        rule.Effect == KnockOutEffect.Exclude ? "ruled out" : $"penalised by {Formats.Points(rule.Penalty)}";

    /// <summary>A rule as a whole, for one that only one version has: its effect and the reason it gives.</summary>
    private static string Described(KnockOutRule rule) =>
        string.IsNullOrWhiteSpace(rule.Reason) ? Effect(rule) : $"{Effect(rule)}: {Quoted(rule.Reason)}";

    private static string Reason(KnockOutRule rule) => string.IsNullOrWhiteSpace(rule.Reason) ? "none given" : Quoted(rule.Reason);

    private static string Facts(KnockOutRule rule) => rule.Facts.Count == 0 ? "none" : string.Join(", ", rule.Facts);
}
