using System.Globalization;
using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// How the differences between weight sets name factors, answers and models: by the question's name and the answer's
/// label, as the weights editor and the result page show them, never by the ids the weight set stores.
/// </summary>
internal static class WeightWords
{
    /// <summary>What a value a version does not hold is said as, before what it reads as ("(counts 0)").</summary>
    public const string NotInVersion = "not in this version";

    /// <summary>The question's name ("Data sensitivity"), or the id of a question no longer asked, quoted.</summary>
    public static string Factor(Questionnaire questionnaire, string factor) =>
        questionnaire.Find(factor) is { IsScored: true } question ? question.Name : $"{Quoted(factor)} (a question no longer asked)";

    /// <summary>
    /// The question as a noun mid-sentence: "Importance of data sensitivity", "of data residency" (the question's own
    /// noun, as the editor's fields say it; a question no longer asked by its quoted id).
    /// </summary>
    public static string FactorMidSentence(Questionnaire questionnaire, string factor) =>
        questionnaire.Find(factor) is { IsScored: true } question ? question.Noun : Factor(questionnaire, factor);

    /// <summary>The answer's label ("High", "Short (about 3 months)"), or its id when the question has no such answer.</summary>
    public static string Level(Questionnaire questionnaire, string factor, string level)
    {
        var question = questionnaire.Find(factor);
        var index = question?.LevelIndex(level) ?? -1;
        return index >= 0 ? question!.Levels[index].Label : level;
    }

    /// <summary>"outsourcing", "staff augmentation"; an id no model has, quoted.</summary>
    public static string Model(string model) =>
        EngagementModels.TryParse(model, out var parsed) ? LowerFirst(parsed.DisplayName()) : Quoted(model);

    public static string Model(EngagementModel model) => LowerFirst(model.DisplayName());

    /// <summary>An affinity as the editor's scale reads: "+2", "0", "−1" (a minus sign, not a hyphen).</summary>
    public static string Affinity(int affinity) => affinity.ToString("+0;−0;0", CultureInfo.InvariantCulture);

    public static string Quoted(string text) => $"“{text}”";

    // "In-house PM" becomes "in-house PM", but a name that opens with an acronym ("PM time") keeps its capitals.
    private static string LowerFirst(string text) =>
        text.Length > 1 && char.IsUpper(text[0]) && !char.IsUpper(text[1]) ? char.ToLowerInvariant(text[0]) + text[1..] : text;
}
