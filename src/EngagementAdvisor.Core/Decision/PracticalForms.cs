using EngagementAdvisor.Core.Models;
using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Decision;

/// <summary>
/// The middle ground a sourcing consultant would offer where it fits: a dedicated team run day to day by the vendor's
/// delivery lead, on time-and-materials, with the client as product owner. It fits two situations: in-house
/// management that is only partial with a moderate wish for control, and a model the client must direct picked for a
/// client who would rather not manage engineers day to day.
/// </summary>
public static class PracticalForms
{
    public static PracticalForm? For(Answers answers, EngagementModel recommended)
    {
        ArgumentNullException.ThrowIfNull(answers);
        var middleGround = answers.Is(Questionnaire.InHousePm, "partial") && answers.Is(Questionnaire.Control, "medium");
        return middleGround || Reluctant(answers, recommended) ? Word(VendorManagedTeam, answers, recommended) : null;
    }

    /// <summary>A model the client must direct, for a client who would rather not manage engineers day to day.</summary>
    private static bool Reluctant(Answers answers, EngagementModel recommended) =>
        recommended is not EngagementModel.Outsourcing && answers.Is(Questionnaire.Control, "low");

    /// <summary>The one practical form's id.</summary>
    public const string VendorManagedTeam = "vendor-managed-team";

    /// <summary>
    /// The words of the practical form <paramref name="id"/> for these answers and this recommendation, whether or
    /// not it fits them (a stored result keeps the id and is worded again when shown); null for an id not known.
    /// </summary>
    public static PracticalForm? Word(string id, Answers answers, EngagementModel recommended)
    {
        ArgumentNullException.ThrowIfNull(answers);
        if (id != VendorManagedTeam) return null;
        var why = Reluctant(answers, recommended)
            ? "You would rather not manage the engineers day to day"
            : "Your in-house management is partial";
        return recommended switch
        {
            EngagementModel.Outsourcing => new(VendorManagedTeam, "In practice: a vendor-managed dedicated team",
                "Rather than a fixed-price project, take a dedicated team from the vendor on time-and-materials with a monthly cap: the vendor's delivery lead runs the day to day, and you act as product owner, setting priorities and accepting the work. Management stays with the vendor while the scope can still move.",
                ["F12", "F53", "F55", "F5"]),
            EngagementModel.Offshoring => new(VendorManagedTeam, "In practice: start with the vendor managing the team",
                $"{why}, and an offshore team is handed over for you to supervise. Start with the vendor's delivery lead running the team on time-and-materials, you as product owner, and take over supervision once someone on your side has the time for it.",
                ["F46", "F12", "F55"]),
            _ => new(VendorManagedTeam, "In practice: ask for a delivery lead with the team",
                $"{why}: ask the vendor for a delivery lead alongside the engineers, on time-and-materials. You keep the product, the priorities and acceptance; the lead handles day-to-day coordination, so your own time goes to the product rather than to running the engineers.",
                ["F12", "F26", "F55", "F34"]),
        };
    }
}
