using System.Globalization;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// The questionnaire's answers as they arrive, before validation: every value is text, so a
/// malformed value becomes a message beside its field instead of a binding failure.
/// Shared by the Razor form and the JSON API so both accept exactly the same things.
/// </summary>
public sealed class AnswersForm
{
    public string? Control { get; set; }
    public string? ScopeStability { get; set; }
    public string? InHousePm { get; set; }
    public string? DurationMonths { get; set; }
    public string? BudgetUsd { get; set; }
    public string? TeamSize { get; set; }
    public string? StartUrgency { get; set; }
    public string? DataSensitivity { get; set; }
    public string? NicheExpertise { get; set; }
    public string? Label { get; set; }

    public static AnswersForm From(Answers answers)
    {
        ArgumentNullException.ThrowIfNull(answers);
        return new AnswersForm
        {
            Control = answers.Control.Id(),
            ScopeStability = answers.ScopeStability.Id(),
            InHousePm = answers.InHousePm.Id(),
            DurationMonths = answers.DurationMonths.ToString(CultureInfo.InvariantCulture),
            BudgetUsd = answers.BudgetUsd.ToString(CultureInfo.InvariantCulture),
            TeamSize = answers.TeamSize?.ToString(CultureInfo.InvariantCulture),
            StartUrgency = answers.StartUrgency?.Id(),
            DataSensitivity = answers.DataSensitivity?.Id(),
            NicheExpertise = answers.NicheExpertise is { } niche ? (niche ? "yes" : "no") : null,
            Label = answers.Label,
        };
    }

    /// <summary>Converts answers that passed <see cref="AnswersFormValidator"/>.</summary>
    public Answers ToAnswers()
    {
        if (!AnswerIds.TryParse(Control, out ControlLevel control)
            || !AnswerIds.TryParse(ScopeStability, out ScopeStability scope)
            || !AnswerIds.TryParse(InHousePm, out InHousePm pm)
            || !WholeNumber.TryParse(DurationMonths, out var months)
            || !WholeNumber.TryParse(BudgetUsd, out var budget))
        {
            throw new InvalidOperationException("Answers must be validated before they are converted.");
        }
        return new Answers
        {
            Control = control,
            ScopeStability = scope,
            InHousePm = pm,
            DurationMonths = (int)months,
            BudgetUsd = budget,
            TeamSize = WholeNumber.TryParse(TeamSize, out var team) ? (int)team : null,
            StartUrgency = AnswerIds.TryParse(StartUrgency, out StartUrgency urgency) ? urgency : null,
            DataSensitivity = AnswerIds.TryParse(DataSensitivity, out DataSensitivity sensitivity) ? sensitivity : null,
            NicheExpertise = NicheExpertise switch { "yes" => true, "no" => false, _ => null },
            Label = string.IsNullOrWhiteSpace(Label) ? null : Label.Trim(),
        };
    }
}

/// <summary>Whole numbers as people type them: "50000", "50,000", "$50,000".</summary>
public static class WholeNumber
{
    public static bool TryParse(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrWhiteSpace(text) || text.Length > 32) return false;
        var trimmed = text.Trim();
        // A minus sign is parsed so that "-5" is reported as out of range rather than as gibberish.
        var negative = trimmed.StartsWith('-');
        if (negative) trimmed = trimmed[1..];
        if (trimmed.StartsWith('$')) trimmed = trimmed[1..];
        trimmed = trimmed.Replace(",", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        if (trimmed.Length == 0
            || !trimmed.All(char.IsAsciiDigit)
            || !long.TryParse(trimmed, NumberStyles.None, CultureInfo.InvariantCulture, out value))
        {
            return false;
        }
        if (negative) value = -value;
        return true;
    }
}
