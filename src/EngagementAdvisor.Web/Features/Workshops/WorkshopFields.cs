using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// The workshop's own form fields, defined as questions so the questionnaire's partial draws them and its validator
/// words their messages (<see cref="Answers.AnswersFormValidator.Problem"/>): the title, the roles, named or
/// anonymous, a participant's name and role.
/// </summary>
public static class WorkshopFields
{
    public const int MaxRoles = 12;
    public const int MaxRoleLength = 40;
    public const int MaxParticipants = 50;

    public static Question Title { get; } = new()
    {
        Id = "title", Field = "title", Kind = QuestionKind.Text, Required = true,
        Name = "Title", Noun = "title",
        Text = "Workshop title",
        HintTemplate = "The client or project, such as “Acme payments platform”. Participants see it, and the group's result is prepared for it.",
        WhenMissing = "Give the workshop a title, such as the client or project.",
        MaxLength = Questionnaire.Label.MaxLength,
    };

    public static Question Roles { get; } = new()
    {
        Id = "roles", Field = "roles", Kind = QuestionKind.Text,
        Name = "Roles", Noun = "list of roles",
        Text = "Roles",
        HintTemplate = $"One per line or separated by commas, such as CTO, CFO, product lead; up to {MaxRoles}. Participants choose theirs. Leave empty for none.",
        MaxLength = MaxRoles * (MaxRoleLength + 2),
        Lines = 3,
    };

    public const string Named = "named";
    public const string Anonymous = "anonymous";

    public static Question Names { get; } = new()
    {
        Id = "names", Field = "names", Kind = QuestionKind.Choice, Required = true,
        Name = "Names", Noun = "names",
        Text = "Do participants give their names?",
        HintTemplate = "Either way, nobody sees anyone else's answers until you reveal them.",
        WhenMissing = "Choose whether participants give their names.",
        Options =
        [
            new(Named, "Yes: participants give a name; when you reveal the answers, they see who said what"),
            new(Anonymous, "No, anonymous: participants give a role only, and are shown by role"),
        ],
    };

    public static Question Name { get; } = new()
    {
        Id = "name", Field = "name", Kind = QuestionKind.Text, Required = true,
        Name = "Name", Noun = "name",
        Text = "Your name",
        HintTemplate = "As the facilitator will know you, such as “Dana” or “Dana Kim”.",
        WhenMissing = "Give your name, so the facilitator knows whose answers these are.",
        MaxLength = 60,
    };

    /// <summary>The role question of one workshop: its roles as options, required when it is anonymous.</summary>
    public static Question RoleOf(IReadOnlyList<string> roles, bool anonymous)
    {
        ArgumentNullException.ThrowIfNull(roles);
        return new()
        {
            Id = "role", Field = "role", Kind = QuestionKind.Choice, Required = anonymous,
            Name = "Role", Noun = "role",
            Text = "Your role",
            HintTemplate = anonymous ? "This workshop is anonymous: you are shown by your role only." : "Shown beside your name.",
            WhenMissing = "Choose your role: this workshop is anonymous, so it is how your answers are shown.",
            Options = [.. roles.Select((role, i) => new AnswerOption((i + 1).ToString(System.Globalization.CultureInfo.InvariantCulture), role))],
        };
    }

    /// <summary>The roles as typed: one per line or comma, trimmed, repeats dropped (whatever their case).</summary>
    public static IReadOnlyList<string> SplitRoles(string? typed) =>
        typed is null ? [] : [.. typed.Split(['\n', '\r', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.OrdinalIgnoreCase)];

    /// <summary>What is wrong with the typed roles beyond the text rules, or null.</summary>
    public static string? RolesProblem(IReadOnlyList<string> roles)
    {
        ArgumentNullException.ThrowIfNull(roles);
        if (roles.Count > MaxRoles) return $"Name at most {MaxRoles} roles; you named {roles.Count}.";
        return roles.FirstOrDefault(r => r.Length > MaxRoleLength) is { } tooLong
            ? $"Each role can be at most {MaxRoleLength} characters; “{tooLong[..20]}…” is longer."
            : null;
    }
}
