namespace EngagementAdvisor.Core.Questions;

public sealed record AnswerOption(string Id, string Label);

/// <summary>One question as a product leader reads it. <see cref="Field"/> is the form and API field name.</summary>
public sealed record Question(string Field, string Text, string Hint, bool Required, IReadOnlyList<AnswerOption> Options);

/// <summary>The wording of the questionnaire, shared by the form, the result page and the API docs.</summary>
public static class Questionnaire
{
    public static readonly Question Control = new("control",
        "How much day-to-day control do you want over the engineers?",
        "Low means you hand over a goal and review results; high means you assign tasks and run their sprints yourself.",
        true,
        [new("low", "Low — tell me when it's done"), new("medium", "Medium — regular check-ins and a say in priorities"), new("high", "High — they work in my process, I direct them daily")]);

    public static readonly Question ScopeStability = new("scopeStability",
        "How stable and well defined is the scope?",
        "A stable scope can be written down today and will not change much; a volatile one will be discovered as you build.",
        true,
        [new("stable", "Stable — written down, unlikely to change"), new("evolving", "Evolving — the core is known, details will move"), new("volatile", "Volatile — we expect frequent pivots")]);

    public static readonly Question InHousePm = new("inHousePm",
        "Do you have in-house product/project management and technical leadership able to direct external engineers?",
        "Someone on your side who can own the backlog, set tasks, review code and run stand-ups with people outside your company.",
        true,
        [new("none", "None — nobody has the time or the skills"), new("partial", "Partial — some capacity, or only one of the two roles"), new("strong", "Strong — an experienced PM and tech lead with time for it")]);

    public static readonly Question DurationMonths = new("durationMonths",
        "How many months will the work last?",
        "Your best estimate from 1 to 120 months; ongoing work with no end date is best entered as 24 or more.",
        true, []);

    public static readonly Question BudgetUsd = new("budgetUsd",
        "What is your budget, in US dollars?",
        "The total you can spend over that period, from $1,000 to $100,000,000; a rough figure is fine.",
        true, []);

    public static readonly Question TeamSize = new("teamSize",
        "How many engineers do you expect to need?",
        "Optional. One or two specialists is a different engagement from a team of ten.",
        false, []);

    public static readonly Question StartUrgency = new("startUrgency",
        "How soon must the work start?",
        "Optional. Assembling a new dedicated team takes time; some models can start within weeks.",
        false,
        [new("asap", "As soon as possible"), new("soon", "Within a couple of months"), new("flexible", "Flexible")]);

    public static readonly Question DataSensitivity = new("dataSensitivity",
        "How sensitive is the data or code the engineers will handle?",
        "Optional. High means customer personal data, regulated data or trade secrets.",
        false,
        [new("low", "Low"), new("medium", "Medium"), new("high", "High — confidential or regulated")]);

    public static readonly Question NicheExpertise = new("nicheExpertise",
        "Do you need niche expertise that you lack in-house?",
        "Optional. For example machine learning, a payments integration or a specific platform nobody on your team knows.",
        false,
        [new("yes", "Yes"), new("no", "No")]);

    public static readonly Question Label = new("label",
        "Prepared for (optional label)",
        "Optional. A name for this result, such as a client or project; it appears in the title of the shared link.",
        false, []);

    public static readonly IReadOnlyList<Question> All =
        [Control, ScopeStability, InHousePm, DurationMonths, BudgetUsd, TeamSize, StartUrgency, DataSensitivity, NicheExpertise, Label];

    /// <summary>How an answer reads back to the person who gave it.</summary>
    public static IReadOnlyList<(Question Question, string Answer)> Describe(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var described = new List<(Question, string)>
        {
            (Control, LabelOf(Control, answers.Control.Id())),
            (ScopeStability, LabelOf(ScopeStability, answers.ScopeStability.Id())),
            (InHousePm, LabelOf(InHousePm, answers.InHousePm.Id())),
            (DurationMonths, answers.DurationMonths == 1 ? "1 month" : $"{answers.DurationMonths} months"),
            (BudgetUsd, Formats.Usd(answers.BudgetUsd)),
            (TeamSize, answers.TeamSize is { } size ? (size == 1 ? "1 engineer" : $"{size} engineers") : "Not answered"),
            (StartUrgency, answers.StartUrgency is { } urgency ? LabelOf(StartUrgency, urgency.Id()) : "Not answered"),
            (DataSensitivity, answers.DataSensitivity is { } sensitivity ? LabelOf(DataSensitivity, sensitivity.Id()) : "Not answered"),
            (NicheExpertise, answers.NicheExpertise is { } niche ? (niche ? "Yes" : "No") : "Not answered"),
        };
        return described;
    }

    private static string LabelOf(Question question, string id)
    {
        foreach (var option in question.Options)
        {
            if (option.Id == id) return option.Label;
        }
        return id;
    }
}
