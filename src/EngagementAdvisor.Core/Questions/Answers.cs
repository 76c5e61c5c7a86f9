using System.Globalization;

namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// A product leader's answers to one questionnaire, keyed by question. Validated at the edge (web form, API); the
/// domain assumes every value is an answer its question accepts, and <see cref="Of"/> refuses anything else.
/// Values are kept in their canonical form: an option's id, "yes" or "no", a whole number written plainly, or text.
/// An unanswered (optional) question has no value, and the factor then does not count.
/// </summary>
public sealed class Answers : IEquatable<Answers>
{
    private readonly Dictionary<string, string> _values;

    private Answers(Questionnaire questionnaire, Dictionary<string, string> values)
    {
        Questionnaire = questionnaire;
        _values = values;
    }

    public Questionnaire Questionnaire { get; }

    /// <summary>Answers from canonical values keyed by question id; a null or empty value leaves the question unanswered.</summary>
    public static Answers Of(Questionnaire questionnaire, IEnumerable<KeyValuePair<string, string?>> values)
    {
        ArgumentNullException.ThrowIfNull(questionnaire);
        ArgumentNullException.ThrowIfNull(values);
        var kept = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (id, value) in values)
        {
            var question = questionnaire.Find(id) ?? throw new ArgumentException($"'{id}' is not a question of this questionnaire.", nameof(values));
            if (string.IsNullOrEmpty(value)) continue;
            if (!question.Accepts(value)) throw new ArgumentException($"'{value}' is not an answer to '{id}'.", nameof(values));
            kept[id] = value;
        }
        foreach (var question in questionnaire.All)
        {
            if (question.Required && !kept.ContainsKey(question.Id)) throw new ArgumentException($"'{question.Id}' must be answered.", nameof(values));
        }
        return new Answers(questionnaire, kept);
    }

    /// <summary>The answer to <paramref name="question"/> in canonical form, or null when it was not answered.</summary>
    public string? this[Question question] => _values.GetValueOrDefault(Checked(question).Id);

    public bool IsAnswered(Question question) => this[question] is not null;

    /// <summary>The level the answer belongs to most (its option, or the level nearest its number), or -1 when unanswered.</summary>
    public int LevelOf(Question question)
    {
        if (this[question] is not { } value) return -1;
        return question.Kind == QuestionKind.WholeNumber ? question.LevelOf(Parse(value), MonthsFor(question)) : question.LevelIndex(value);
    }

    /// <summary>
    /// How much the answer belongs to each level of its question: all to the chosen option, or shared between the two
    /// levels a number lies between (<see cref="Question.Memberships"/>). Empty when unanswered.
    /// </summary>
    public IReadOnlyList<double> Memberships(Question question)
    {
        if (this[question] is not { } value) return [];
        if (question.Kind == QuestionKind.WholeNumber) return question.Memberships(Parse(value), MonthsFor(question));
        var shares = new double[question.Levels.Count];
        shares[question.LevelIndex(value)] = 1;
        return shares;
    }

    /// <summary>The months a number judged per month of the duration (a budget) is spread over; null for any other question.</summary>
    public int? MonthsFor(Question question) =>
        question.PerMonthBands.Count > 0 && question != Questionnaire.Duration && Questionnaire.Find(Questionnaire.Duration.Id) is not null
            ? DurationMonths
            : null;

    /// <summary>The id of the answer's level ("low", "short"), or null when unanswered.</summary>
    public string? LevelId(Question question) => LevelOf(question) is var level and >= 0 ? question.Levels[level].Id : null;

    /// <summary>Whether the answer to a choice or yes/no question is the option <paramref name="optionId"/>.</summary>
    public bool Is(Question question, string optionId)
    {
        ArgumentNullException.ThrowIfNull(question);
        if (question.LevelIndex(optionId) < 0 || question.Kind == QuestionKind.WholeNumber)
        {
            throw new ArgumentException($"'{optionId}' is not an option of '{question.Id}'.", nameof(optionId));
        }
        return string.Equals(this[question], optionId, StringComparison.Ordinal);
    }

    public long? Number(Question question) => this[question] is { } value ? Parse(value) : null;

    // The answers the cost model and the tensions read by name. The questionnaire requires the first two.
    public int DurationMonths => (int)(Number(Questionnaire.Duration) ?? throw new InvalidOperationException("The duration was not answered."));

    public long BudgetUsd => Number(Questionnaire.Budget) ?? throw new InvalidOperationException("The budget was not answered.");

    public int? TeamSize => (int?)Number(Questionnaire.TeamSize);

    public string? Label => this[Questionnaire.Label];

    /// <summary>"Dana Reyes, Northwind Advisory": who prepared the result, when a consultant says so.</summary>
    public string? PreparedBy => this[Questionnaire.PreparedBy];

    /// <summary>A note to whoever reads the result, from the person who made it.</summary>
    public string? Note => this[Questionnaire.Note];

    /// <summary>The same answers with one of them changed (null or empty: unanswered).</summary>
    public Answers With(Question question, string? value) =>
        Of(Questionnaire, _values.Where(v => v.Key != Checked(question).Id).Select(v => KeyValuePair.Create(v.Key, (string?)v.Value))
            .Append(KeyValuePair.Create(question.Id, value)));

    public Answers With(Question question, long value) => With(question, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>The same answers with one scored question moved to <paramref name="level"/> (for a number, the level's own number).</summary>
    public Answers WithLevel(Question question, int level)
    {
        ArgumentNullException.ThrowIfNull(question);
        return question.Kind == QuestionKind.WholeNumber
            ? With(question, question.Bands[level].At)
            : With(question, question.Levels[level].Id);
    }

    /// <summary>How an answer reads back to the person who gave it.</summary>
    public string Describe(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return this[question] is { } value ? question.Describe(value) : "Not answered";
    }

    public bool Equals(Answers? other) =>
        other is not null && ReferenceEquals(Questionnaire, other.Questionnaire)
        && _values.Count == other._values.Count && _values.All(v => other._values.TryGetValue(v.Key, out var o) && o == v.Value);

    public override bool Equals(object? obj) => Equals(obj as Answers);

    public override int GetHashCode()
    {
        var hash = 0;
        foreach (var (key, value) in _values) hash ^= HashCode.Combine(key, value);
        return hash;
    }

    public override string ToString() =>
        string.Join(", ", Questionnaire.All.Where(q => _values.ContainsKey(q.Id)).Select(q => $"{q.Id}={_values[q.Id]}"));

    private Question Checked(Question question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Questionnaire.Find(question.Id) == question
            ? question
            : throw new ArgumentException($"'{question.Id}' is not a question of this questionnaire.", nameof(question));
    }

    private static long Parse(string value) => long.Parse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
}
