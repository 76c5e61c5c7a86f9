using EngagementAdvisor.Core.Scoring;

namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>One knock-out rule in the weights editor; <see cref="Remove"/> drops it on save.</summary>
public sealed class KnockOutRow
{
    /// <summary>Kept by the rule for good; a new rule gets one from its answer and model (<see cref="WeightsForm.NameNewRules"/>).</summary>
    public string Id { get; set => field = value ?? ""; } = "";

    public string Factor { get; set => field = value ?? ""; } = "";
    public string Level { get; set => field = value ?? ""; } = "";

    /// <summary>
    /// The question and its answer as one choice ("in-house-pm=none"): the editor offers them in one list grouped by
    /// question, so a rule can only name an answer the questionnaire has, with or without JavaScript.
    /// </summary>
    public string Answer
    {
        get => Factor.Length == 0 ? "" : $"{Factor}={Level}";
        set
        {
            var parts = (value ?? "").Split('=', 2);
            Factor = parts[0];
            Level = parts.Length > 1 ? parts[1] : "";
        }
    }

    public string Model { get; set => field = value ?? ""; } = "";
    public KnockOutEffect Effect { get; set; } = KnockOutEffect.Penalty;
    public int Penalty { get; set; }
    public string Reason { get; set => field = value ?? ""; } = "";
    public string Facts { get; set => field = value ?? ""; } = "";
    public bool Remove { get; set; }

    /// <summary>
    /// A row added and left empty: not a rule, so it is dropped rather than refused. A saved rule (one with an id) is
    /// never blank: emptying it is refused, and only Remove drops it.
    /// </summary>
    public bool IsBlank => Id.Length == 0 && Factor.Length == 0 && Model.Length == 0 && Penalty == 0 && string.IsNullOrWhiteSpace(Reason) && string.IsNullOrWhiteSpace(Facts);

    /// <summary>Whether the rule is kept when the form is saved.</summary>
    public bool Kept => !Remove && !IsBlank;
}
