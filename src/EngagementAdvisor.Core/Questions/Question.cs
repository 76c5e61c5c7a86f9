using System.Globalization;

namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// One question of the questionnaire, and everything the product needs to know about it: its ids, what kind of
/// answer it takes, its options or its range and bands, whether it must be answered, and its wording. The form, the
/// validation and its messages, the JSON API and its OpenAPI schema, the scorer and the weights editor all read it
/// from here (docs/architecture.md, "The question model").
/// </summary>
public sealed class Question
{
    /// <summary>The id the weights, the reasons and the stored advice use ("in-house-pm").</summary>
    public required string Id { get; init; }

    /// <summary>The field name in the form and the JSON API ("inHousePm").</summary>
    public required string Field { get; init; }

    public required QuestionKind Kind { get; init; }

    public bool Required { get; init; }

    /// <summary>A fact about the client or a preference of whoever answers (what a workshop does with a disagreement).</summary>
    public AnswerNature Nature { get; init; } = AnswerNature.Preference;

    /// <summary>The question's short name on a result and in the weights editor ("In-house PM and tech leadership").</summary>
    public required string Name { get; init; }

    /// <summary>What messages call it, mid-sentence ("in-house PM", "duration").</summary>
    public required string Noun { get; init; }

    /// <summary>The question as the questionnaire asks it.</summary>
    public required string Text { get; init; }

    /// <summary>The hint under the question; "{min}" and "{max}" stand for the range of a number question.</summary>
    public required string HintTemplate { get; init; }

    /// <summary>What to say when a required question is left out ("Choose how much day-to-day control you want…").</summary>
    public string? WhenMissing { get; init; }

    /// <summary>The options of a choice or yes/no question, in the order they are shown.</summary>
    public IReadOnlyList<AnswerOption> Options { get; init; } = [];

    /// <summary>The levels of a whole-number question, from the lowest, each with the number where it applies fully.</summary>
    public IReadOnlyList<NumberBand> Bands { get; init; } = [];

    /// <summary>
    /// When set, the same levels judged per month of the stated duration (a budget is small or large for its length
    /// as well as in total); an answer's membership is then the mean of the two readings.
    /// </summary>
    public IReadOnlyList<NumberBand> PerMonthBands { get; init; } = [];

    /// <summary>Whether the levels are spaced by ratio rather than by difference (money: $10,000 to $20,000 is like $1M to $2M).</summary>
    public bool ByRatio { get; init; }

    /// <summary>Rules of thumb the sources give for this number, which a result mentions when an answer is near one.</summary>
    public IReadOnlyList<SourceThreshold> Thresholds { get; init; } = [];

    public long Min { get; init; }

    public long Max { get; init; }

    public Unit? Unit { get; init; }

    /// <summary>The longest text a text question accepts.</summary>
    public int MaxLength { get; init; }

    /// <summary>For text: how many lines its box shows. Above 1 the text may hold line breaks.</summary>
    public int Lines { get; init; } = 1;

    public bool IsScored => Kind != QuestionKind.Text;

    /// <summary>How an answer in canonical form reads: the option's label (its short one with <paramref name="brief"/>), or the number with its unit.</summary>
    public string Describe(string value, bool brief = false)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Kind switch
        {
            QuestionKind.Choice or QuestionKind.YesNo => LevelIndex(value) is var i and >= 0 ? (brief ? Options[i].LabelInResults : Options[i].Label) : value,
            QuestionKind.WholeNumber => Unit is { } unit && long.TryParse(value, System.Globalization.NumberStyles.AllowLeadingSign, System.Globalization.CultureInfo.InvariantCulture, out var n) ? unit.Describe(n) : value,
            _ => value,
        };
    }

    public string Hint => HintTemplate.Replace("{min}", Bound(Min), StringComparison.Ordinal).Replace("{max}", Bound(Max), StringComparison.Ordinal);

    /// <summary>The answers the weights tell apart, in order: the options, or the bands of numbers.</summary>
    public IReadOnlyList<Level> Levels => field ??= Kind switch
    {
        QuestionKind.Choice or QuestionKind.YesNo => [.. Options.Select(o => new Level(o.Id, o.LabelInResults))],
        QuestionKind.WholeNumber => [.. Bands.Select(b => new Level(b.Id, b.Label))],
        _ => [],
    };

    public int LevelIndex(string? levelId)
    {
        for (var i = 0; i < Levels.Count; i++)
        {
            if (string.Equals(Levels[i].Id, levelId, StringComparison.Ordinal)) return i;
        }
        return -1;
    }

    /// <summary>
    /// How much a number belongs to each level: fully to a level at or beyond its number, and between two levels'
    /// numbers to both, in proportion to the distance (by ratio for money). The shares add up to 1. A number judged per
    /// month as well (<see cref="PerMonthBands"/>) takes the mean of the two readings.
    /// </summary>
    public IReadOnlyList<double> Memberships(double value, int? months = null)
    {
        var shares = new double[Bands.Count];
        Memberships(value, months, default, shares);
        return shares;
    }

    /// <summary>
    /// <see cref="Memberships(double, int?)"/> written into <paramref name="into"/>, each level's number multiplied by
    /// <paramref name="scale"/> when given (the Monte-Carlo runs vary where the levels sit).
    /// </summary>
    public void Memberships(double value, int? months, ReadOnlySpan<double> scale, Span<double> into)
    {
        Fill(value, Bands, ByRatio, scale, into);
        if (PerMonthBands.Count == 0 || months is not > 0) return;
        Span<double> perMonth = stackalloc double[PerMonthBands.Count];
        Fill(value / months.Value, PerMonthBands, ByRatio, scale, perMonth);
        for (var i = 0; i < into.Length; i++) into[i] = (into[i] + perMonth[i]) / 2;
    }

    private static void Fill(double value, IReadOnlyList<NumberBand> bands, bool byRatio, ReadOnlySpan<double> scale, Span<double> into)
    {
        into.Clear();
        var last = bands.Count - 1;
        if (value <= At(bands, scale, 0)) { into[0] = 1; return; }
        if (value >= At(bands, scale, last)) { into[last] = 1; return; }
        var i = 0;
        while (value >= At(bands, scale, i + 1)) i++;
        var t = (Position(value, byRatio) - Position(At(bands, scale, i), byRatio))
            / (Position(At(bands, scale, i + 1), byRatio) - Position(At(bands, scale, i), byRatio));
        into[i] = 1 - t;
        into[i + 1] = t;

        static double At(IReadOnlyList<NumberBand> bands, ReadOnlySpan<double> scale, int i) => bands[i].At * (scale.IsEmpty ? 1 : scale[i]);
        static double Position(double v, bool byRatio) => byRatio ? Math.Log(Math.Max(v, 1)) : v;
    }

    /// <summary>The level a number belongs to most (the lower one when it sits half-way).</summary>
    public int LevelOf(double value, int? months = null)
    {
        var shares = Memberships(value, months);
        var best = 0;
        for (var i = 1; i < shares.Count; i++) if (shares[i] > shares[best]) best = i;
        return best;
    }

    /// <summary>
    /// Whether <paramref name="value"/> is an answer to this question in its canonical form: an option's id, "yes" or
    /// "no", a whole number in range written plainly, or text within the length limit.
    /// </summary>
    public bool Accepts(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return Kind switch
        {
            QuestionKind.Choice or QuestionKind.YesNo => LevelIndex(value) >= 0,
            QuestionKind.WholeNumber => long.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n)
                && n >= Min && n <= Max && value == n.ToString(CultureInfo.InvariantCulture),
            _ => value.Length <= MaxLength,
        };
    }

    // Messages, made from the definition so that a limit is stated in one place only.

    public string NotAnOptionMessage => Options.Count == 2
        ? $"{Capitalised(Noun)} must be {Options[0].Id} or {Options[1].Id}."
        : $"{Capitalised(Noun)} must be one of: {string.Join(", ", Options.Select(o => o.Id))}.";

    public string NotWholeMessage => $"The {Noun} must be a whole number, without decimals or letters.";

    public string OutOfRangeMessage =>
        $"{Capitalised(Noun)} must be a whole number of {Unit?.Plural ?? "units"} from {Questions.Unit.Grouped(Min)} to {Questions.Unit.Grouped(Max)}.";

    public string TooLongMessage => $"The {Noun} can be at most {Questions.Unit.Grouped(MaxLength)} characters.";

    private string Bound(long value) => Unit?.IsUsd == true ? Formats.Usd(value) : Questions.Unit.Grouped(value);

    private static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];
}
