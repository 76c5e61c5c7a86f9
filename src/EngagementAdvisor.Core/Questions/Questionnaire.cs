namespace EngagementAdvisor.Core.Questions;

/// <summary>
/// The question table: every question the product asks, in the order it asks them. A new question is one entry
/// here, its default weights (<see cref="Scoring.DefaultWeights"/>) and the sentences that explain its answers
/// (<see cref="Scoring.ReasonTexts"/>); the form, the API, validation, scoring and the weights editor follow.
/// </summary>
/// <remarks>
/// The well-known questions are static so that the rules that are about one of them (the cost model reads the
/// duration, a tension reads the in-house PM answer) can name it; everything that works on any question goes
/// through a <see cref="Questionnaire"/> instance, which is what lets a test add a question of its own.
/// </remarks>
public sealed class Questionnaire
{
    public static Question Control { get; } = new()
    {
        Id = "control", Field = "control", Kind = QuestionKind.Choice, Required = true,
        Name = "Day-to-day control", Noun = "control",
        Text = "How much day-to-day control do you want over the engineers?",
        HintTemplate = "Low means you hand over a goal and review results; high means you assign tasks and run their sprints yourself.",
        WhenMissing = "Choose how much day-to-day control you want over the engineers.",
        Options =
        [
            new("low", "Low — tell me when it's done", "Low"),
            new("medium", "Medium — regular check-ins and a say in priorities", "Medium"),
            new("high", "High — they work in my process, I direct them daily", "High"),
        ],
    };

    public static Question ScopeStability { get; } = new()
    {
        Id = "scope-stability", Field = "scopeStability", Kind = QuestionKind.Choice, Required = true,
        Name = "Scope stability", Noun = "scope stability",
        Text = "How stable and well defined is the scope?",
        HintTemplate = "A stable scope can be written down today and will not change much; a volatile one will be discovered as you build.",
        WhenMissing = "Choose how stable and well defined the scope is.",
        Options =
        [
            new("stable", "Stable — written down, unlikely to change", "Stable"),
            new("evolving", "Evolving — the core is known, details will move", "Evolving"),
            new("volatile", "Volatile — we expect frequent pivots", "Volatile"),
        ],
    };

    public static Question InHousePm { get; } = new()
    {
        Id = "in-house-pm", Field = "inHousePm", Kind = QuestionKind.Choice, Nature = AnswerNature.Fact, Required = true,
        Name = "In-house PM and tech leadership", Noun = "in-house PM",
        Text = "Do you have in-house product/project management and technical leadership able to direct external engineers?",
        HintTemplate = "Someone on your side who can own the backlog, set tasks, review code and run stand-ups with people outside your company.",
        WhenMissing = "Choose whether you have in-house project management and technical leadership.",
        Options =
        [
            new("none", "None — nobody has the time or the skills", "None"),
            new("partial", "Partial — some capacity, or only one of the two roles", "Partial"),
            new("strong", "Strong — an experienced PM and tech lead with time for it", "Strong"),
        ],
    };

    public static Question Duration { get; } = new()
    {
        Id = "duration", Field = "durationMonths", Kind = QuestionKind.WholeNumber, Nature = AnswerNature.Fact, Required = true,
        Name = "Duration", Noun = "duration",
        Text = "How many months will the work last?",
        HintTemplate = "Your best estimate from {min} to {max} months; ongoing work with no end date is best entered as 24 or more.",
        WhenMissing = "Enter the duration in months.",
        Min = 1, Max = 120, Unit = Unit.Months,
        // F80: short one-off work, 6+ months of ongoing work (F36), long-term work. Between the levels' numbers an
        // answer belongs to both, so F36's six months sits half-way from "short" to "ongoing" (docs/scoring.md).
        Bands = [new("short", "Short (about 3 months)", 3), new("ongoing", "Ongoing (about 9 months)", 9), new("long", "Long-term (2 years or more)", 24)],
        Thresholds =
        [
            new(6, 2, "At {value} you are close to the six months from which the sources find outstaffing the more cost-efficient way to run ongoing work; the advice moves through that point gradually, not at it.", ["F36"], ["outstaffing", "staff-augmentation"]),
        ],
    };

    public static Question Budget { get; } = new()
    {
        Id = "budget", Field = "budgetUsd", Kind = QuestionKind.WholeNumber, Nature = AnswerNature.Fact, Required = true,
        Name = "Budget", Noun = "budget",
        Text = "What is your budget, in US dollars?",
        HintTemplate = "The total you can spend over that period, from {min} to {max}; a rough figure is fine.",
        WhenMissing = "Enter your budget in US dollars.",
        Min = 1_000, Max = 100_000_000, Unit = Unit.UsDollars,
        // F81: a small, immediate budget against one able to invest up front; F14's $50,000 build sits between small
        // and mid-sized. A budget is judged in total and per month of the duration, by ratio (docs/scoring.md).
        ByRatio = true,
        Bands = [new("small", "Small (about $25,000)", 25_000), new("medium", "Mid-sized (about $150,000)", 150_000), new("large", "Large ($1 million or more)", 1_000_000)],
        PerMonthBands = [new("small", "about $8,000 a month", 8_000), new("medium", "about $40,000 a month", 40_000), new("large", "$150,000 a month or more", 150_000)],
    };

    public static Question TeamSize { get; } = new()
    {
        Id = "team-size", Field = "teamSize", Kind = QuestionKind.WholeNumber, Nature = AnswerNature.Fact,
        Name = "Team size", Noun = "team size",
        Text = "How many engineers do you expect to need?",
        HintTemplate = "Optional. One or two specialists is a different engagement from a team of ten.",
        Min = 1, Max = 500, Unit = Unit.Engineers,
        // F43, F84: individual specialists; F47: many people.
        Bands = [new("individuals", "One or two specialists", 1), new("team", "A small team (about five)", 5), new("large", "A large team (a dozen or more)", 12)],
    };

    public static Question Workload { get; } = new()
    {
        Id = "workload", Field = "workload", Kind = QuestionKind.Choice, Nature = AnswerNature.Fact,
        Name = "Workload", Noun = "workload",
        Text = "How much of the engineers' time will the work take?",
        HintTemplate = "Optional. Maintenance and support often need a few days a month, not a full-time team.",
        Options =
        [
            new("full-time", "Full-time — a steady stream of work", "Full-time"),
            new("part-time", "Part-time — about half of their time", "Part-time"),
            new("occasional", "Occasional — maintenance or support, a few days a month", "Occasional"),
        ],
    };

    public static Question StartUrgency { get; } = new()
    {
        Id = "start-urgency", Field = "startUrgency", Kind = QuestionKind.Choice, Nature = AnswerNature.Fact,
        Name = "How soon work must start", Noun = "start",
        Text = "How soon must the work start?",
        HintTemplate = "Optional. Assembling a new dedicated team takes time; some models can start within weeks.",
        Options = [new("asap", "As soon as possible"), new("soon", "Within a couple of months"), new("flexible", "Flexible")],
    };

    public static Question TeamLocation { get; } = new()
    {
        Id = "team-location", Field = "teamLocation", Kind = QuestionKind.Choice,
        Name = "Where the engineers may be", Noun = "team location",
        Text = "Where may the engineers be?",
        HintTemplate = "Optional. Nearer means more working hours in common and usually higher rates; offshoring always means another country.",
        Options =
        [
            new("onshore", "In our own country", "In our own country"),
            new("nearshore", "Nearby — a few hours' time difference at most", "Nearby"),
            new("offshore", "Anywhere — a large time difference is fine", "Anywhere"),
            new("any", "No preference"),
        ],
    };

    public static Question DataSensitivity { get; } = new()
    {
        Id = "data-sensitivity", Field = "dataSensitivity", Kind = QuestionKind.Choice,
        Name = "Data sensitivity", Noun = "data sensitivity",
        Text = "How sensitive is the data or code the engineers will handle?",
        HintTemplate = "Optional. High means customer personal data, regulated data or trade secrets.",
        Options = [new("low", "Low"), new("medium", "Medium"), new("high", "High — confidential or regulated", "High")],
    };

    public static Question DataResidency { get; } = new()
    {
        Id = "data-residency", Field = "dataResidency", Kind = QuestionKind.YesNo, Nature = AnswerNature.Fact,
        Name = "Data must stay in your country", Noun = "data residency",
        Text = "Must the data stay in your country, by law or by contract?",
        HintTemplate = "Optional. For example health or financial records, or a customer contract that names where data may be processed.",
        Options = [new("yes", "Yes"), new("no", "No")],
    };

    public static Question NicheExpertise { get; } = new()
    {
        Id = "niche-expertise", Field = "nicheExpertise", Kind = QuestionKind.YesNo, Nature = AnswerNature.Fact,
        Name = "Niche expertise missing in-house", Noun = "niche expertise",
        Text = "Do you need niche expertise that you lack in-house?",
        HintTemplate = "Optional. For example machine learning, a payments integration or a specific platform nobody on your team knows.",
        Options = [new("yes", "Yes"), new("no", "No")],
    };

    public static Question Label { get; } = new()
    {
        Id = "label", Field = "label", Kind = QuestionKind.Text,
        Name = "Label", Noun = "label",
        Text = "Prepared for",
        HintTemplate = "A name for this result, such as a client or project; it appears in the title of the shared link.",
        MaxLength = 120,
    };

    public static Question PreparedBy { get; } = new()
    {
        Id = "prepared-by", Field = "preparedBy", Kind = QuestionKind.Text,
        Name = "Prepared by", Noun = "“prepared by” line",
        Text = "Prepared by",
        HintTemplate = "For consultants: your name and firm, shown on the result and on its printed report, for example “Dana Reyes, Northwind Advisory”.",
        MaxLength = 120,
    };

    public static Question Note { get; } = new()
    {
        Id = "note", Field = "note", Kind = QuestionKind.Text, Lines = 4,
        Name = "Note", Noun = "note",
        Text = "A note to the reader",
        HintTemplate = "A few sentences shown near the top of the result and on its printed report, such as what you agreed to check next.",
        MaxLength = 1000,
    };

    /// <summary>The questionnaire the product asks.</summary>
    public static Questionnaire Default { get; } =
        new([Control, ScopeStability, InHousePm, Duration, Budget, TeamSize, Workload, StartUrgency, TeamLocation, DataSensitivity, DataResidency, NicheExpertise, Label, PreparedBy, Note]);

    // Every stored result's answers are read by field and checked by id (a million for an export or a preview).
    private readonly Dictionary<string, Question> _byId;
    private readonly Dictionary<string, Question> _byField;

    public Questionnaire(IReadOnlyList<Question> questions)
    {
        ArgumentNullException.ThrowIfNull(questions);
        All = questions;
        Scored = [.. questions.Where(q => q.IsScored)];
        if (questions.Select(q => q.Id).Distinct(StringComparer.Ordinal).Count() != questions.Count
            || questions.Select(q => q.Field).Distinct(StringComparer.Ordinal).Count() != questions.Count)
        {
            throw new ArgumentException("Question ids and fields must be unique.", nameof(questions));
        }
        _byId = questions.ToDictionary(q => q.Id, StringComparer.Ordinal);
        _byField = questions.ToDictionary(q => q.Field, StringComparer.Ordinal);
    }

    /// <summary>Every question, in the order the questionnaire asks them.</summary>
    public IReadOnlyList<Question> All { get; }

    /// <summary>The questions that count towards a recommendation (the factors), in the same order.</summary>
    public IReadOnlyList<Question> Scored { get; }

    public Question? Find(string? id) => id is not null && _byId.TryGetValue(id, out var question) ? question : null;

    public Question? FindByField(string? field) => field is not null && _byField.TryGetValue(field, out var question) ? question : null;
}
