using EngagementAdvisor.Core.Costs;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Core.Decision;

/// <summary>
/// The words of an advice, given back by its ids and figures. A stored result keeps what it is (the answers, the
/// weights version, the figures and the ids), not how it reads: <see cref="Strip"/> leaves out every text that its ids
/// word again exactly, and <see cref="Complete"/> writes them back when the result is shown. A text that its ids no
/// longer give word for word (a result stored before a wording changed) is kept as stored, so a result reads the same
/// before and after it is stripped, whatever changed in between.
/// </summary>
/// <remarks>
/// Where the words come from: reasons from <see cref="ReasonTexts"/>, knock-outs from the rules of the weights version
/// the result was scored with (versions never change), flips' answers from the questionnaire, notes on rules of thumb
/// from the question's threshold, the same-arrangement note, tensions by <see cref="Tensions.Word"/>, the practical
/// form by <see cref="PracticalForms.Word"/> and cost lines by <see cref="CostEstimator.LineLabel"/>. An id, once
/// stored, must keep a wording in those places.
/// </remarks>
public static class AdviceWording
{
    /// <summary>The advice without the texts its ids give back: what is stored. Null where a text was left out.</summary>
    public static Advice Strip(Advice advice, Answers answers, WeightSet weights) => Rewrite(advice, answers, weights, strip: true);

    /// <summary>The advice with every text left out by <see cref="Strip"/> written back; texts it kept stay as stored.</summary>
    public static Advice Complete(Advice advice, Answers answers, WeightSet weights) => Rewrite(advice, answers, weights, strip: false);

    private static Advice Rewrite(Advice advice, Answers answers, WeightSet weights, bool strip)
    {
        ArgumentNullException.ThrowIfNull(advice);
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(weights);
        var questionnaire = answers.Questionnaire;
        var recommendation = advice.Recommendation;
        var robustness = advice.Robustness;
        var costs = advice.Costs;

        Reason WordReason(Reason reason)
        {
            var worded = questionnaire.Find(reason.Factor) is { } question && question.LevelIndex(reason.Level) >= 0
                ? ReasonTexts.For(question, reason.Level)
                : null;
            return reason with { Text = Text(reason.Text, worded?.Text, strip), Facts = Facts(reason.Facts, worded?.Facts, strip) };
        }

        AppliedKnockOut WordKnockOut(AppliedKnockOut applied)
        {
            var rule = weights.KnockOuts.FirstOrDefault(r => r.Id == applied.RuleId);
            return applied with { Reason = Text(applied.Reason, rule?.Reason, strip), Facts = Facts(applied.Facts, rule?.Facts, strip) };
        }

        Flip WordFlip(Flip flip)
        {
            var question = questionnaire.Find(flip.Factor);
            var level = question?.LevelIndex(flip.Level) ?? -1;
            return flip with { LevelLabel = Text(flip.LevelLabel, level >= 0 ? question!.Levels[level].Label : null, strip) };
        }

        ThresholdNote WordThreshold(ThresholdNote note)
        {
            var worded = questionnaire.Find(note.Factor) is { } question ? Robustness.WordThreshold(question, note.Answer, note.Threshold) : null;
            return note with { Text = Text(note.Text, worded?.Text, strip), Facts = Facts(note.Facts, worded?.Facts, strip) };
        }

        var words = recommendation with
        {
            ReasonsFor = [.. recommendation.ReasonsFor.Select(WordReason)],
            ReasonsAgainst = [.. recommendation.ReasonsAgainst.Select(WordReason)],
            KnockOuts = [.. recommendation.KnockOuts.Select(WordKnockOut)],
        };

        Tension WordTension(Tension tension)
        {
            // Worded from the recommendation with its reasons (a tension may name the answers that carried the winner).
            var worded = Tensions.Word(tension.Id, answers, recommendation, costs);
            return tension with { Text = Text(tension.Text, worded?.Text, strip), Facts = Facts(tension.Facts, worded?.Facts, strip) };
        }

        PracticalForm WordForm(PracticalForm form)
        {
            var worded = PracticalForms.Word(form.Id, answers, recommendation.Recommended);
            return form with
            {
                Title = Text(form.Title, worded?.Title, strip),
                Text = Text(form.Text, worded?.Text, strip),
                Facts = Facts(form.Facts, worded?.Facts, strip),
            };
        }

        ModelCost WordCost(ModelCost cost) => cost with
        {
            Lines = [.. cost.Lines.Select(line => line with { Label = Text(line.Label, CostEstimator.LineLabel(cost.Model, line.Id), strip) })],
        };

        return advice with
        {
            Recommendation = words,
            Robustness = robustness with
            {
                CloseCall = robustness.CloseCall is { } close ? WordCloseCall(close, robustness.SameArrangement is not null, strip) : null,
                Flips = [.. robustness.Flips.Select(WordFlip)],
                NearThresholds = [.. robustness.NearThresholds.Select(WordThreshold)],
                SameArrangement = robustness.SameArrangement is { } same
                    ? same with
                    {
                        Note = Text(same.Note, Robustness.SameArrangementNote, strip),
                        Facts = Facts(same.Facts, Robustness.SameArrangementFacts, strip),
                    }
                    : null,
            },
            Tensions = [.. advice.Tensions.Select(WordTension)],
            Costs = costs with { Models = [.. costs.Models.Select(WordCost)] },
            PracticalForm = advice.PracticalForm is { } form ? WordForm(form) : null,
        };
    }

    // A close call's note is the same-arrangement note, only where the result has one: a close call stored without a
    // note (none was written then) gets none.
    private static CloseCall WordCloseCall(CloseCall close, bool sameArrangement, bool strip)
    {
        if (!sameArrangement) return close;
        return strip
            ? close.Note == Robustness.SameArrangementNote && close.Facts.SequenceEqual(Robustness.SameArrangementFacts, StringComparer.Ordinal)
                ? close with { Note = null, Facts = null! }
                : close
            : close.Note is null && close.Facts is null ? close with { Note = Robustness.SameArrangementNote, Facts = Robustness.SameArrangementFacts } : close;
    }

    // Stripping leaves a text out only when its ids give it back exactly; completing writes back only what was left out.
    // A stored advice that lacks a text its ids cannot word is damaged: it fails here rather than showing a blank.
    private static string Text(string? stored, string? worded, bool strip) => strip
        ? (worded is not null && string.Equals(stored, worded, StringComparison.Ordinal) ? null! : stored!)
        : stored ?? worded ?? throw new InvalidDataException("A stored result lacks a text that its ids no longer word.");

    private static IReadOnlyList<string> Facts(IReadOnlyList<string>? stored, IReadOnlyList<string>? worded, bool strip) => strip
        ? (worded is not null && stored is not null && stored.SequenceEqual(worded, StringComparer.Ordinal) ? null! : stored!)
        : stored ?? worded ?? throw new InvalidDataException("A stored result lacks facts that its ids no longer give.");
}
