using EngagementAdvisor.Core.Questions;

namespace EngagementAdvisor.Core.Scoring;

/// <summary>
/// Plain-language reasons, one per answer level of each question (by question and level id), written so they read
/// true whichever model they are shown for: each says what the answer implies and which models it points towards or
/// away from. A question without its sentences reads as its name and the answer until they are written. A number's
/// sentences name no range: a number between two levels counts towards both, and the page shows the number itself.
/// </summary>
public static class ReasonTexts
{
    private static readonly Dictionary<(string Factor, string Level), ReasonText> Texts = new()
    {
        [("in-house-pm", "none")] = new("You have no in-house project manager or tech lead to direct external engineers: outstaffing and staff augmentation would leave that day-to-day management to you, while an outsourcing vendor brings its own.", ["F34", "F79", "F20"]),
        [("in-house-pm", "partial")] = new("Your in-house management is partial: a vendor-managed project takes that load off, while directing a team yourself would stretch it.", ["F55", "F79"]),
        [("in-house-pm", "strong")] = new("You have a strong project manager and tech lead in-house, which is what outstaffing and staff augmentation need: they set the backlog and run the engineers directly.", ["F34", "F79", "F25"]),
        [("control", "low")] = new("You would rather not manage engineers day to day; with outsourcing the vendor's own manager assigns and supervises the work and you review milestones.", ["F77", "F1", "F2"]),
        [("control", "medium")] = new("You want a moderate say over how the work is done, which no model rules out.", ["F77"]),
        [("control", "high")] = new("You want day-to-day control over the engineers: outstaffing, staff augmentation and offshoring put them under your direction, outsourcing does not.", ["F77", "F22", "F45"]),
        [("scope-stability", "stable")] = new("Your scope is stable and well defined, the case where a fixed-price outsourced project stays predictable.", ["F78", "F12"]),
        [("scope-stability", "evolving")] = new("Your scope is still evolving: models billed for time absorb change more easily than a fixed scope, where every change becomes a change request.", ["F78", "F10", "F14"]),
        [("scope-stability", "volatile")] = new("Your scope changes often; in an outsourced fixed-scope project every pivot becomes a negotiation, while a team you direct (outstaffed or offshore) simply re-plans.", ["F78", "F10", "F47"]),
        [("duration", "short")] = new("The work is short: a one-off outsourced project or a few augmented specialists fit, while building a dedicated team does not pay off.", ["F80", "F17", "F43"]),
        [("duration", "ongoing")] = new("The work is ongoing, where outstaffing is usually the more cost-efficient way to keep a product moving.", ["F36", "F80"]),
        [("duration", "long")] = new("The work is long-term, where a dedicated offshore team or long-running outstaffed engineers repay their set-up cost.", ["F80", "F49", "F36"]),
        [("budget", "small")] = new("Your budget is small for its length: it suits a bounded project with a fixed budget, while an offshore team needs more up-front investment.", ["F81", "F20", "F49"]),
        [("budget", "medium")] = new("Your budget is mid-sized for its length, which most models can work within.", ["F81"]),
        [("budget", "large")] = new("Your budget is large enough to invest up front, which an offshore team needs and repays over the long run.", ["F49", "F81"]),
        [("team-size", "individuals")] = new("You need only a few people, the typical staff augmentation case: individual specialists plugged into your team.", ["F43", "F84"]),
        [("team-size", "team")] = new("You need a small team, which outsourcing and outstaffing both handle well.", ["F26", "F3"]),
        [("team-size", "large")] = new("You need a large team, the kind of complex product that a dedicated offshore team is built for.", ["F47"]),
        [("start-urgency", "asap")] = new("Work must start as soon as possible: augmentation skips a 40–60 day hiring search, while an offshore team takes time to assemble.", ["F42", "F84", "F48", "F17"]),
        [("start-urgency", "soon")] = new("Work should start within a couple of months, which leaves little time to assemble a new offshore team.", ["F48"]),
        [("start-urgency", "flexible")] = new("Your start date is flexible, so there is time to assemble and settle a dedicated team.", ["F48", "F47"]),
        [("data-sensitivity", "low")] = new("Your data is not sensitive, so handing work to an outside vendor raises no special confidentiality concern.", ["F19"]),
        [("data-sensitivity", "medium")] = new("Your data is moderately sensitive; check each vendor's security practices whichever model you choose.", ["F63"]),
        [("data-sensitivity", "high")] = new("Your data is confidential: confidentiality is harder to guarantee when the vendor runs the work, and easier with engineers working in your own tools under your access controls. (A firm that sells offshore teams also claims offshoring suits it better; that is its claim.)", ["F19", "F25", "F63", "F50", "F82"]),
        [("niche-expertise", "yes")] = new("You need expertise you lack in-house, which outsourcing to a specialist vendor or augmenting with a specialist provides.", ["F18", "F83", "F43"]),
        [("niche-expertise", "no")] = new("You have the expertise in-house, so no model is favoured for skills alone.", ["F83"]),
        [("workload", "full-time")] = new("The work keeps engineers busy full-time, which suits a team that works for you alone: outstaffed or offshore.", ["F23", "F22"]),
        [("workload", "part-time")] = new("The work needs engineers part of the time: a vendor that shares its people across clients, or a specialist you scale down, fits better than a dedicated team.", ["F4", "F43", "F58"]),
        [("workload", "occasional")] = new("The work is occasional, maintenance or support a few days a month: a vendor on a retainer or time-and-materials fits, while a dedicated team would sit idle.", ["F12", "F13", "F21"]),
        [("team-location", "onshore")] = new("You want the engineers in your own country: offshoring means a team abroad, while outsourcing and team extension can be found at home, at higher rates.", ["F45", "F37"]),
        [("team-location", "nearshore")] = new("You want engineers nearby: a few hours of time difference keeps daily work manageable at lower rates.", ["F37"]),
        [("team-location", "offshore")] = new("Any time zone will do, which opens every talent market to you, offshore teams included.", ["F45", "F37"]),
        [("team-location", "any")] = new("You have no preference where the engineers sit, so no model is favoured for location.", ["F37"]),
        [("data-residency", "yes")] = new("Your data must stay in your country, which an offshore team works from outside of.", ["F45"]),
        [("data-residency", "no")] = new("Your data may be worked on from anywhere, so location limits no model.", ["F45"]),
    };

    public static ReasonText For(Question question, string level)
    {
        ArgumentNullException.ThrowIfNull(question);
        return Texts.TryGetValue((question.Id, level), out var text)
            ? text
            : new ReasonText($"{question.Name}: {question.Levels[question.LevelIndex(level)].Label}.", []);
    }
}