using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Knowledge;

/// <summary>
/// The catalogue's content, written in our own words from the facts F1–F89 in shared/domain/facts.md.
/// Every statement names the facts behind it; its sources are looked up from those facts, so a citation
/// can never name a source its facts do not come from.
/// </summary>
internal static class CatalogueContent
{
    // The reasons we reuse another model's facts; the page shows them beside each derived statement.
    private const string AsOutstaffing =
        "The sources state this for outstaffing; staff augmentation is the same arrangement under its US name, so it applies unchanged.";
    private const string AsOwnDivision =
        "SmartTek's article says nothing on this for offshoring. The offshore team is assembled for you and then works as a division of your company under your control, much like outstaffed engineers, so we apply what the sources say for outstaffing.";

    public static KnowledgeCatalogue Build() => new()
    {
        Profiles = new Dictionary<EngagementModel, ModelProfile>
        {
            [EngagementModel.Outsourcing] = Outsourcing() with
            {
                ContractTerms = OutsourcingContract(),
                NextStep = Said("Write down the scope and what you will accept as done, put the vendor questions to two or three firms, and agree in the contract who owns the code from day one.", "F1", "F11", "F68") with { Headline = "Write down the scope and what counts as done; ask two or three vendors" },
            },
            [EngagementModel.Outstaffing] = Outstaffing() with
            {
                ContractTerms = TeamExtensionContract(),
                NextStep = Said("Name the person who will direct the engineers day to day, then interview candidates from two or three providers and put the vendor questions to each.", "F22", "F24", "F34") with { Headline = "Name who directs the engineers; interview two or three providers" },
            },
            [EngagementModel.Offshoring] = Offshoring() with
            {
                ContractTerms = OffshoringContract(),
                NextStep = Said("Decide who will lead the team once it is handed over to you, allow time for it to be assembled, and put the vendor questions to two or three providers.", "F46", "F48") with { Headline = "Name the team's future lead; ask two or three providers" },
            },
            [EngagementModel.StaffAugmentation] = StaffAugmentation() with
            {
                ContractTerms = TeamExtensionContract(),
                NextStep = Said("Name who will direct the specialists, write down the skills and the weeks you need them for, and ask two or three partners for vetted engineers ready to start.", "F41", "F42", "F43") with { Headline = "Name who directs them; ask two or three partners for specialists" },
            },
        },
        Dimensions = Dimensions(),
        RiskAreas = RiskAreas(),
        VendorQuestions = VendorQuestions(),
        MarketFigures = MarketFigures(),
    };

    private static ModelProfile Outsourcing() => new(
        EngagementModel.Outsourcing,
        WhatItIs: Said("You hand a defined piece of work, or a whole project, to an outside firm: you set the requirements and the firm decides how to build it.", "F1"),
        WhoManages: Said("The vendor's project manager forms the team, hands out the tasks and supervises them; you rarely deal with individual developers.", "F2", "F3", "F5"),
        WhoIsAccountable: Said("The vendor answers for delivery in full; you review milestones and accept or reject what is handed over.", "F1", "F5"),
        HowYouPay: Said("You pay for the outcome rather than a monthly payroll, most often as a fixed price and sometimes as time-and-materials or a monthly retainer.", "F8", "F12", "F13"),
        TypicalContract: Said("Project-based, and often a year or longer.", "F7"),
        OnboardingSpeed: Vendor("Vendors quote 2–4 weeks to get going.", "F16"),
        FitsWhen:
        [
            Said("Your company is not built around software, or lacks the technical staff to set and check engineering work.", "F20", "F79"),
            Said("You want a finished, bounded deliverable on a fixed budget, such as an MVP, a new microservice or an integration with another system.", "F20", "F81"),
            Said("Requirements are clear and unlikely to move, so a fixed price can hold.", "F12", "F78"),
            Said("The job is short or one-off and you want to start quickly on a small budget.", "F17", "F80", "F81"),
            Said("You need specialist technical or domain know-how that nobody in-house has.", "F18", "F83"),
        ],
        DoesNotFitWhen:
        [
            Said("Scope will keep moving: a mid-project change is rarely painless and each new direction has to be negotiated.", "F10", "F78"),
            Said("You want to see daily progress and talk to the developers yourself.", "F9", "F10"),
            Said("You want to steer how the work is done rather than only what is delivered.", "F76", "F77"),
            Said("Confidentiality and data security are critical; they are harder to guarantee with an outside firm.", "F19", "F82"),
        ],
        HiddenCosts:
        [
            Vendor("Change requests: in a vendor guide's example, a fixed-scope project estimated at $50,000 costs more and takes longer once features, integrations or revisions are added during delivery.", "F14"),
            Vendor("A poor choice of model is expensive: the same guide warns it can double a $60,000 budget to $120,000.", "F15"),
            Said("Vendor overhead and contract extensions on top of the scope you agreed.", "F57"),
        ],
        WhatToWatch:
        [
            Said("Who owns the IP and the code depends on the contract, and vague terms here are a frequent source of trouble; ask for work-for-hire wording.", "F11", "F61") with { Headline = "Code ownership rests on the contract's wording" },
            Said("Agree how change requests will be priced before you sign, since any pivot becomes a negotiation.", "F10", "F14"),
            Said("Developers often switch between several projects a day, and you may not know how big or senior the team is.", "F3", "F4"),
            Said("Many companies start here because it feels lower-risk, then move to outstaffing once the product needs continuity.", "F85"),
        ]);

    private static ModelProfile Outstaffing() => new(
        EngagementModel.Outstaffing,
        WhatItIs: Said("Engineers employed by a provider join your team and take direction from you, while the provider covers their salary, benefits, equipment, HR and payroll.", "F22"),
        WhoManages: Said("Your own project manager or tech lead owns the backlog, runs stand-ups and sets sprint goals; the provider's manager looks after only the account and HR.", "F22", "F25", "F26"),
        WhoIsAccountable: DerivedFrom(
            "You are: the provider supplies the people, and you direct the work and judge it against your own tickets and sprints.",
            "The sources assign delivery responsibility only in outsourcing, to the vendor. In outstaffing you assign and control the work and define deliverables through your own tickets and sprints, so accountability for delivery rests with you.",
            "F5", "F22", "F66"),
        HowYouPay: Vendor("Monthly for time worked, as a fixed amount per developer or hours times rate; vendors quote $25–80/hr, around $35–55/hr for a mid-level engineer in Eastern Europe or LATAM and $70–85/hr for a senior full-stack engineer with 7+ years.", "F29", "F32", "F33"),
        TypicalContract: Said("Covers specific work and is extended as you need; engineers usually work full-time on your project.", "F23", "F28"),
        OnboardingSpeed: Vendor("Vendors quote 1–2 weeks; you pick the people yourself through interviews, test tasks or live coding.", "F24", "F32"),
        FitsWhen:
        [
            Said("Your engineering process already works and a strong PM and tech lead can direct extra people.", "F34", "F39", "F79"),
            Said("You want to grow a team that is already delivering, or strengthen one function such as front-end.", "F26", "F32"),
            Vendor("The work is ongoing, such as iterating on a product or maintaining infrastructure; a vendor guide says that over 6+ months outstaffing nearly always costs less.", "F36", "F80"),
            Said("You are a US company hiring in Eastern Europe or LATAM, where working hours overlap enough and rates are lower for the same experience.", "F37"),
            Said("Priorities change often and you want to re-plan without renegotiating a contract.", "F32", "F78"),
        ],
        DoesNotFitWhen:
        [
            Said("Nobody in-house can lead the engineers: without a strong PM and tech lead this model is probably wrong.", "F34", "F79"),
            Said("You have no time to onboard people, set tasks and check the work, and would rather buy a finished result.", "F20"),
            Said("You would rather not manage the engineers at all.", "F77"),
        ],
        HiddenCosts:
        [
            Vendor("Ramp-up: each new engineer needs 2–4 weeks to learn your codebase, conventions and roadmap, a cost no invoice shows.", "F35"),
            Said("Management and coordination fall on your own PM, CTO or lead.", "F55", "F57"),
            Said("The rate buys the engineer's time, basic HR and payroll and tooling, but not project management, product strategy or architecture advice.", "F33"),
        ],
        WhatToWatch:
        [
            Said("Make sure each engineer's own agreement assigns IP to you, not only the master services agreement.", "F61") with { Headline = "Each engineer's own agreement must assign IP to you" },
            Said("Ask for an NDA signed by every team member.", "F62", "F69"),
            Said("Revoke repository access when each contract ends, following an agreed offboarding routine.", "F64"),
            Said("Ask for attrition data and how the provider replaces someone who leaves mid-project.", "F67", "F70", "F71"),
            Said("On time-and-materials, agree up front how downtime caused by your side is paid for.", "F29"),
        ]);

    private static ModelProfile Offshoring() => new(
        EngagementModel.Offshoring,
        WhatItIs: Said("You contract a team in another country that the provider builds from scratch for you; it then runs as a division of your company.", "F45", "F46"),
        WhoManages: Said("You do: once the team is assembled the provider hands supervision to you, and you keep full control of its operations.", "F45", "F46"),
        WhoIsAccountable: DerivedFrom(
            "You are, as for any division of your company; the provider's job is to assemble the team.",
            "SmartTek's article does not say who answers for delivery. You keep full control of operations and the team works as your own division, so accountability follows that control.",
            "F45", "F46"),
        HowYouPay: NotCovered("The sources quote no rates or payment format for offshoring; ask vendors for a quote for the whole team, and expect a larger outlay up front that saves money over time.", "F49"),
        TypicalContract: DerivedFrom(
            "Long-term and open-ended rather than tied to one project; the sources give no contract terms.",
            "SmartTek's article gives no contract terms, but places offshoring on long-running work with no fixed deadline, which rules out a single project-bound contract.",
            "F47", "F80"),
        OnboardingSpeed: Said("Gradual: the team is built from scratch and needs time to come together and settle in; the sources give no duration.", "F46", "F48"),
        FitsWhen:
        [
            Said("A complex product that needs many people, has no fixed deadline and may change its requirements.", "F47", "F78", "F80"),
            Said("You want full control of the team, as if it were one of your own departments.", "F45", "F77"),
            Vendor("Confidentiality and data security are critical, in the view of a firm that sells offshore teams.", "F50", "F82"),
            Said("You can spend more at the start in exchange for savings in the long run.", "F49", "F81"),
            Said("You want a foothold in a local market abroad.", "F51"),
        ],
        DoesNotFitWhen:
        [
            Said("You need people productive soon: assembling and settling the team takes time.", "F48"),
            Said("Your budget is small and has to start working now; outsourcing is the cheaper way to start.", "F17", "F81"),
            Said("The work is short or one-off.", "F80"),
        ],
        HiddenCosts:
        [
            NotCovered("The sources name no hidden costs for offshoring; the costs they do mention are the larger initial investment and the time to build the team.", "F48", "F49"),
            DerivedFrom(
                "Management time: you supervise the team yourself once it is handed over, so budget for your own managers.",
                "SmartTek's article gives no cost breakdown. The provider hands supervision to you, and where you run the engineers the management cost is internal, as in outstaffing.",
                "F46", "F55"),
        ],
        WhatToWatch:
        [
            Said("Plan for the period while the team is assembled and adapts before it runs at full speed.", "F48") with { Headline = "A slow start while the team is assembled" },
            DerivedFrom(
                "Agree how the provider replaces people who leave, since it built the team and rebuilding takes time.",
                "SmartTek's article says nothing on attrition. The provider assembles the team and assembly is slow, so the general check on replacing a leaver matters here.",
                "F46", "F48", "F67"),
            DerivedFrom(
                "The sources cover no IP or NDA terms for offshoring; ask for the same per-engineer IP assignment and NDAs as in outstaffing.",
                AsOwnDivision,
                "F45", "F46", "F61", "F62"),
        ]);

    private static ModelProfile StaffAugmentation() => new(
        EngagementModel.StaffAugmentation,
        WhatItIs: Said("The US name for the outstaffing arrangement: vetted outside specialists extend your team, briefly or for the long term, under your direction.", "F40", "F41"),
        WhoManages: Said("Your own managers and leads; the specialists slot into the workflows and process you already have.", "F40", "F41"),
        WhoIsAccountable: DerivedFrom(
            "You are: strategic and technical control stay in-house, and the partner supplies people ready to start.",
            "Empat's guide says control stays in-house and the mechanics are those of outstaffing, where you assign and control the work; accountability for delivery follows that control.",
            "F22", "F40", "F43"),
        HowYouPay: Vendor("Monthly per specialist or by the hour, at the same quoted rates as outstaffing: $25–80/hr overall, around $35–55/hr for a mid-level engineer in Eastern Europe or LATAM and $70–85/hr for a senior full-stack engineer with 7+ years.", "F32", "F33", "F40", "F52"),
        TypicalContract: Said("Short-term or long-term, scaled up or down as demand changes.", "F40", "F43"),
        OnboardingSpeed: Vendor("Vendors quote 1–2 weeks, against the 40–60 days or more a US technical hire commonly needs before onboarding even begins.", "F32", "F40", "F42"),
        FitsWhen:
        [
            Said("A temporary spike in workload, or a specific skill gap you need covered quickly.", "F43", "F84"),
            Vendor("A growth bottleneck where hiring is too slow: a US technical hire commonly takes 40–60 days or more to fill.", "F42", "F43"),
            Said("You want to scale up or down while keeping strategic and technical control in-house.", "F43"),
            Said("A strong PM or tech lead is already in place to direct the specialists.", "F79"),
        ],
        DoesNotFitWhen:
        [
            Said("There is no in-house leadership to direct the specialists.", "F79"),
            Said("You want a vendor to deliver a whole project or an outcome; augmentation extends a team rather than replacing one.", "F59"),
        ],
        HiddenCosts:
        [
            Vendor("Ramp-up, as in outstaffing: each new specialist needs 2–4 weeks to reach full speed, which no invoice shows.", "F35", "F40"),
            Said("Management and coordination are carried by your own PM, CTO or lead.", "F55", "F57"),
        ],
        WhatToWatch:
        [
            DerivedFrom(
                "Get an IP assignment and an NDA from each specialist, as you would in outstaffing.",
                AsOutstaffing,
                "F40", "F61", "F62") with { Headline = "An IP assignment and an NDA from each specialist" },
            DerivedFrom(
                "Revoke repository access as soon as a specialist's contract ends.",
                AsOutstaffing,
                "F40", "F64"),
            Said("Ask what happens when a sprint slips; a staffing shop may have no one who is accountable.", "F74"),
        ]);

    private static List<ComparisonDimension> Dimensions() =>
    [
        Dimension("control", "Control over the work",
            Said("Low: you set requirements and judge milestones, while the vendor decides how the work is built.", "F1", "F77"),
            Said("High: you assign the tasks, run the stand-ups and set sprint goals.", "F22", "F32", "F77"),
            Said("Full: the team runs as a division of your company and you steer its operations.", "F45", "F46", "F77"),
            Said("High: the specialists work under your direction and process, and strategic and technical control stay with you.", "F40", "F43", "F77")),
        Dimension("management", "Who manages the engineers",
            Said("The vendor's project manager hands out and supervises the tasks; you deal with that manager, not the developers.", "F2", "F5"),
            Said("Your own PM or tech leads run the daily work; the provider handles only payroll, HR and the account.", "F22", "F25", "F26", "F32"),
            Said("You do: the provider builds the team and then hands supervision to you.", "F46"),
            Said("Your own managers and leads, with the specialists working inside your existing workflows.", "F40", "F41")),
        Dimension("pricing", "Pricing model and typical rates",
            Said("Mostly a fixed price, sometimes time-and-materials or a monthly retainer; the sources quote no typical rates for outsourcing.", "F12", "F13", "F52"),
            Vendor("Monthly per specialist or hourly; vendors quote $25–80/hr, around $35–55/hr for a mid-level engineer in Eastern Europe or LATAM and $70–85/hr for a senior full-stack engineer with 7+ years.", "F32", "F33", "F52"),
            NotCovered("The sources quote no rates for offshoring; ask vendors for a quote for the whole team, and expect a larger investment up front.", "F49"),
            Vendor("Same arrangement and quoted rates as outstaffing: $25–80/hr overall, around $35–55/hr for a mid-level engineer in Eastern Europe or LATAM and $70–85/hr for a senior full-stack engineer with 7+ years.", "F32", "F33", "F40", "F52")),
        Dimension("onboarding-speed", "Onboarding speed",
            Vendor("Vendors quote 2–4 weeks.", "F16"),
            Vendor("Vendors quote 1–2 weeks; you pick the engineers yourself through interviews and test tasks.", "F24", "F32"),
            Said("Gradual: the team is built from scratch and needs time to settle in; the sources give no duration.", "F46", "F48"),
            Vendor("Vendors quote 1–2 weeks, compared with the 40–60 days or more a US technical hire often takes before onboarding.", "F32", "F40", "F42")),
        Dimension("ip-ownership", "IP and code ownership",
            Said("Depends on the contract, and unclear IP and code-access terms are a frequent cause of friction; insist on work-for-hire wording.", "F11", "F61"),
            Said("Yours under the contract; check that each engineer's own agreement assigns IP to you, not only the master agreement.", "F32", "F61"),
            DerivedFrom("The sources do not cover IP for offshoring; as the team works as your division, get the same per-engineer IP assignment as in outstaffing.", AsOwnDivision, "F45", "F46", "F61"),
            DerivedFrom("Yours under the contract, as in outstaffing; check that each specialist's agreement assigns IP to you.", AsOutstaffing, "F32", "F40", "F61")),
        Dimension("best-for", "Best for",
            Said("A complete, bounded deliverable on a fixed budget, such as an MVP, a new microservice or an integration, when you cannot manage engineers yourself.", "F20", "F59"),
            Vendor("Scaling a team that is already delivering, and ongoing work where a vendor guide says it nearly always costs less over 6+ months.", "F32", "F36", "F59"),
            Said("Large, long-running products with many people, no fixed deadline and requirements that may change.", "F47", "F80"),
            Said("Short-term surges in workload, growth bottlenecks and particular skill gaps that need filling fast.", "F43", "F59", "F84")),
        Dimension("flexibility", "Flexibility to scale and change course",
            Said("Medium: scaling depends on the contract and team set-up, and changing scope mid-project usually means a negotiation.", "F10", "F58"),
            Said("High: you can add, pause or release engineers, and the contract is extended as needed.", "F28", "F32", "F58"),
            Said("Built for changing requirements, though assembling and adapting the team takes time.", "F47", "F48"),
            Said("High: scale specialists up or down with demand while control stays in-house.", "F43", "F58")),
        Dimension("budget-predictability", "Budget predictability",
            Said("High with a fixed price, medium with a retainer and lower with time-and-materials; change requests can still push a fixed budget up.", "F14", "F54"),
            Said("High on a monthly contract, moderate when billed by the hour.", "F54"),
            NotCovered("The sources do not rate how predictable an offshore budget is; they say only that it costs more at the start and saves money later.", "F49"),
            Said("High on a monthly contract, moderate when billed by the hour.", "F54")),
        Dimension("management-costs", "Management costs",
            Said("Built into the vendor's price, which covers project and delivery management and QA.", "F5", "F55"),
            Said("Yours: your PM, CTO or lead does the managing, and the rate leaves out project management and architecture advice.", "F33", "F55"),
            DerivedFrom(
                "Largely yours: after hand-over your own managers supervise the team.",
                "The sources give no cost breakdown for offshoring. The provider hands supervision to you and you control operations, so, as in outstaffing, management is an internal cost.",
                "F45", "F46", "F55"),
            Said("Yours: your own PM, CTO or lead directs the specialists.", "F40", "F55")),
        Dimension("upfront-investment", "Up-front investment",
            Said("The sources differ: one vendor guide says it is often higher because of set-up and scoping, another calls outsourcing the cheaper way to start.", "F17", "F56"),
            Said("Lower, growing gradually as you add people.", "F56"),
            Said("Larger at the start, which the source says pays back in long-run savings.", "F49"),
            Said("Lower, growing gradually as you add specialists.", "F56")),
        Dimension("hidden-costs", "Hidden costs",
            Vendor("Change requests when scope moves, vendor overhead and contract extensions; in a vendor guide's example a fixed-scope project quoted at $50,000 ends up costing more as features and integrations arrive mid-delivery.", "F14", "F57"),
            Vendor("Onboarding, management overhead and coordination; each new engineer takes 2–4 weeks to get up to full pace.", "F35", "F57"),
            NotCovered("The sources list no hidden costs for offshoring, only the larger initial investment and the time to build the team.", "F48", "F49"),
            Vendor("Onboarding, management overhead and coordination; each new specialist takes 2–4 weeks to get up to full pace.", "F35", "F40", "F57")),
        Dimension("payment-cadence", "Payment cadence",
            Said("By milestone, monthly or as the contract sets out; you pay for results, not a payroll.", "F8", "F60"),
            Said("Monthly invoices for time worked, as a retainer per developer or hours times rate.", "F29", "F60"),
            NotCovered("The sources do not say how offshore teams are invoiced, only that the initial outlay is larger; agree the cadence with the provider.", "F49"),
            Said("Monthly invoices.", "F60")),
        Dimension("communication", "Communication with the engineers",
            Said("Indirect: everything goes through the vendor's project manager, and the developers often juggle several projects.", "F2", "F4", "F9"),
            Said("Direct: engineers talk to your manager, work in your tools and keep your hours, which builds a long-term relationship.", "F25", "F27", "F31"),
            DerivedFrom(
                "Direct, since you supervise the team as your own division; the sources do not discuss time zones or channels for offshore teams.",
                "SmartTek's article does not describe communication. You supervise an offshore team as a division of your company, so, as in outstaffing, you deal with the engineers directly; distance and time zones are not addressed.",
                "F25", "F45", "F46"),
            DerivedFrom(
                "Direct: specialists join your workflows and take direction from your team.",
                "Staff augmentation is the outstaffing arrangement under its US name, and in outstaffing engineers talk to your manager directly.",
                "F25", "F31", "F40", "F41")),
        Dimension("confidentiality", "Confidentiality and data security",
            Said("Harder to guarantee with an outside firm; check for SOC 2 or ISO 27001 certification and a company-wide NDA.", "F19", "F62", "F63"),
            Said("Rests on your own controls: engineers work in your tools, so set access rules, a device policy, a VPN and an NDA per person.", "F25", "F62", "F63"),
            Vendor("A strength by the account of a firm that sells offshore teams, which favours offshoring over outsourcing when confidentiality is critical; what protects data is the same access rules, device policy and NDAs.", "F50", "F82", "F62", "F63"),
            DerivedFrom("As in outstaffing: access rules, a device policy, a VPN and an NDA for each specialist.", AsOutstaffing, "F40", "F62", "F63")),
    ];

    private static List<RiskArea> RiskAreas() =>
    [
        Risk("ip-ownership", "IP ownership",
            "Vague terms on code ownership often cause friction and can end in disputes after delivery.",
            Said("Work-for-hire wording in the contract, and the vendor retaining no IP.", "F61"),
            Said("IP assignment written into every engineer's individual agreement, not just the master services agreement.", "F61"),
            DerivedFrom("IP assignment written into every team member's individual agreement as well as the master agreement; the sources do not cover offshore IP terms.", AsOwnDivision, "F45", "F46", "F61"),
            DerivedFrom("IP assignment written into every specialist's individual agreement, not just the master services agreement.", AsOutstaffing, "F40", "F61")),
        Risk("ndas", "NDAs",
            "An NDA signed by the firm does not always bind the individual people who see your code and data.",
            Said("One NDA at company level that binds all of the vendor's staff.", "F62"),
            Said("A separate NDA signed by each team member.", "F62"),
            DerivedFrom("A separate NDA from each team member: the team works as your own division, and an NDA signed by the firm alone does not bind them.", AsOwnDivision, "F45", "F46", "F62"),
            DerivedFrom("A separate NDA signed by each specialist.", AsOutstaffing, "F40", "F62")),
        Risk("data-security", "Data security",
            "People outside your company handle your code and data, and some models make security harder to guarantee.",
            Said("Proof of the vendor's SOC 2 or ISO 27001 certification.", "F63"),
            Said("Access controls, a device policy and a VPN for every engineer.", "F63"),
            DerivedFrom("Access controls, a device policy and a VPN, run as for your own staff; the sources give no offshore-specific checklist.", AsOwnDivision, "F45", "F46", "F63"),
            DerivedFrom("Access controls, a device policy and a VPN for every specialist.", AsOutstaffing, "F40", "F63")),
        Risk("code-repository-access", "Code repository access",
            "Whoever can reach the repository holds your code, so access has to end with the engagement or pass to you at an agreed point.",
            Said("A defined point in the contract at which the code is handed over to you.", "F64"),
            Said("An offboarding routine, with repository access revoked when each contract ends.", "F64"),
            DerivedFrom("An offboarding routine that revokes each person's access when they leave the team.", AsOwnDivision, "F45", "F46", "F64"),
            DerivedFrom("An offboarding routine, with repository access revoked when each specialist's contract ends.", AsOutstaffing, "F40", "F64")),
        Risk("communication-slas", "Communication SLAs",
            "Without agreed response times and reporting you lose sight of progress, and outsourcing in particular leaves little direct contact with developers.",
            Said("Regular status reports, an escalation path and milestone reviews.", "F65"),
            Said("Agreed response times, sprint cadence and reporting format.", "F65"),
            DerivedFrom("Agreed response times, sprint cadence and reporting format for a team you supervise; the sources do not cover working across time zones offshore.", AsOwnDivision, "F45", "F46", "F65"),
            DerivedFrom("Agreed response times, sprint cadence and reporting format.", AsOutstaffing, "F40", "F65")),
        Risk("deliverables", "Deliverables",
            "What counts as done decides what you pay for and what you can reject, and scope changes are where budgets slip.",
            Said("Acceptance criteria written into the contract scope.", "F66"),
            Said("Deliverables defined by your own tickets and sprints.", "F66"),
            DerivedFrom("Deliverables defined by your own backlog, tickets and sprints, which copes with requirements that change.", AsOwnDivision, "F45", "F46", "F47", "F66"),
            DerivedFrom("Deliverables defined by your own tickets and sprints.", AsOutstaffing, "F40", "F66")),
        Risk("replacing-a-leaver", "Replacing a leaver",
            "When someone leaves mid-project their context leaves too, unless knowledge is handed over.",
            Said("An agreed way to replace anyone who quits mid-project, even though the vendor chooses the team.", "F3", "F67"),
            Said("An agreed way to replace an engineer who quits mid-project, including how knowledge is handed over.", "F67", "F71"),
            DerivedFrom(
                "An agreed way to replace people who quit; the provider built the team, and rebuilding it takes time.",
                "SmartTek's article says nothing on attrition. The replacement check applies because the provider assembles the team and assembly is slow.",
                "F46", "F48", "F67"),
            DerivedFrom("An agreed way to replace a specialist who quits mid-project, including how knowledge is handed over.", AsOutstaffing, "F40", "F67", "F71")),
    ];

    private static List<VendorQuestion> VendorQuestions() =>
    [
        Question("code-ownership", "Who owns the code from day one?",
            "Settling ownership at the start heads off IP disputes once the work is delivered.",
            "You do, from the first commit: the contract assigns all IP to you and the vendor keeps none.",
            "Ownership passes only on final payment, or a vague reference to standard terms.",
            "F68", "F61"),
        Question("individual-ndas", "Will each person on the team sign their own NDA?",
            "An NDA with the company alone may not bind the people who actually see your code.",
            "Yes: each person signs their own NDA before getting access, and you can see the signed copies.",
            "Our company NDA covers everyone.",
            "F69", "F62"),
        Question("attrition-rate", "What is your engineer attrition rate?",
            "High turnover means your project keeps losing context.",
            "An answer backed by data, such as an average engineer tenure of 2.8 years, together with a knowledge-transfer protocol.",
            "\"Very low turnover\" with no data behind it, which is a guess rather than an answer.",
            "F70", "F75"),
        Question("leaver-handling", "What happens when someone on the team leaves mid-project?",
            "It shows whether knowledge transfer and continuity are planned or improvised.",
            "A written process: a documented hand-over, a replacement put forward for your approval, and an overlap so context passes on.",
            "We will find someone, with no plan for handing over what the leaver knew.",
            "F71", "F67"),
        Question("references", "Can I talk to three clients whose projects were of a similar scale?",
            "How a vendor did on comparable projects is the best guide to how it will do on yours.",
            "Three clients you can contact, from projects of similar size and kind, offered without hesitation.",
            "Only logos and testimonials, or references from much smaller projects.",
            "F72"),
        Question("async-tools", "What tools does your team use to communicate asynchronously?",
            "The answer shows how mature the vendor is at working remotely.",
            "Named tools and habits, such as written updates, a shared tracker and recorded decisions, and how they fit with your own tools.",
            "Whatever you prefer, or a reliance on calls with no written routine.",
            "F73"),
        Question("escalation-path", "When a sprint slips, how does escalation work on your side?",
            "Accountability is what separates a delivery partner from a staffing shop.",
            "A named chain of people on the vendor's side, each with a clear role, and a recovery plan agreed with you.",
            "Reassurance that sprints never slip, or pointing back to your own managers with no one accountable on their side.",
            "F74", "F65"),
    ];

    private static List<MarketFigure> MarketFigures() =>
    [
        new("it-outsourcing-revenue-2023", Market("IT outsourcing revenue was forecast at $430.50 billion for 2023.", "F87")),
        new("it-outsourcing-revenue-2021-2028", Market("IT outsourcing revenue was $361 billion in 2021 and is projected to reach $777.8 billion by 2028.", "F88")),
        new("industry-forecast-2030", Market("Industry forecasts put the market at $806.56 billion by 2030.", "F89")),
        new("us-independent-professionals", Vendor("A vendor survey by MBO Partners reports that the number of full-time independent professionals in the US more than doubled from 2020 to 2024.", "F44")),
    ];

    private static ComparisonDimension Dimension(string id, string name, Cited outsourcing, Cited outstaffing, Cited offshoring, Cited staffAugmentation) =>
        new(id, name, PerModel(outsourcing, outstaffing, offshoring, staffAugmentation));

    private static RiskArea Risk(string id, string name, string whyItMatters, Cited outsourcing, Cited outstaffing, Cited offshoring, Cited staffAugmentation) =>
        new(id, name, whyItMatters, PerModel(outsourcing, outstaffing, offshoring, staffAugmentation));

    private static Dictionary<EngagementModel, Cited> PerModel(Cited outsourcing, Cited outstaffing, Cited offshoring, Cited staffAugmentation) => new()
    {
        [EngagementModel.Outsourcing] = outsourcing,
        [EngagementModel.Outstaffing] = outstaffing,
        [EngagementModel.Offshoring] = offshoring,
        [EngagementModel.StaffAugmentation] = staffAugmentation,
    };

    // What to write into the contract, per model: the form of pricing, acceptance, people, code and exit.

    private static List<Cited> OutsourcingContract() =>
    [
        Said("Pricing: a fixed price only once the scope is written down, for instance after a short paid discovery phase; until then time-and-materials with a monthly cap, or a retainer that reserves the vendor's capacity.", "F12", "F13", "F14"),
        Said("Acceptance: criteria for each milestone written into the contract scope, and who on your side signs them off.", "F66", "F1"),
        Said("Changes: a change-request procedure with its rates agreed before work starts, so a moving scope does not turn every pivot into a negotiation.", "F10", "F14", "F57"),
        Said("Code and IP: work-for-hire wording, no rights kept by the vendor, the code in a repository you own from day one, and a defined hand-over point.", "F61", "F64", "F68", "F11"),
        Said("People: the key people named, and a set time within which the vendor replaces one who leaves.", "F67", "F71"),
        DerivedFrom("Exit: a notice period, and a knowledge-transfer plan (documentation, hand-over sessions) at the end of the work or on termination.",
            "The sources ask how a vendor handles a leaving team member and where the hand-over point is; we apply the same to the end of the whole engagement.", "F64", "F71"),
        Said("Security: a company-level NDA covering all the vendor's staff, and the vendor's SOC 2 or ISO 27001.", "F62", "F63"),
    ];

    private static List<Cited> TeamExtensionContract() =>
    [
        Said("Pricing: a monthly amount per engineer or hours × rate, invoiced monthly, ideally with compensation for downtime you cause.", "F29", "F52", "F60"),
        Said("Selection: you interview and test each engineer before they join.", "F24"),
        Said("Replacement and notice: a set time within which a leaving engineer is replaced, and notice periods that let you scale down as well as up.", "F67", "F71", "F58"),
        Said("Code and IP: an IP assignment clause in each engineer's own agreement, not only the master agreement; all work in your repositories and tools from day one.", "F61", "F25", "F68"),
        Said("NDAs and access: an NDA signed by each engineer, access controls and a device policy, and access revoked at the end.", "F62", "F69", "F63", "F64"),
        DerivedFrom("Exit: a hand-over of each leaving engineer's work, so knowledge stays in your tools when the contract ends.",
            "The sources ask how a vendor handles a leaving team member and for access revoked at the end; the same hand-over serves the end of the engagement.", "F71", "F64"),
    ];

    private static List<Cited> OffshoringContract() =>
    [
        Said("Set-up: the assembly of the team (recruiting, legal set-up, workspace) priced apart from its running cost, with a date by which the team is working.", "F46", "F48", "F49"),
        Said("Control: the team works in your processes and tools as a division of your company, and you approve each hire.", "F45", "F46"),
        Said("Code and IP: an IP assignment in each engineer's agreement, your repositories from day one, and access revoked when someone leaves.", "F61", "F64", "F68"),
        Said("Continuity: the vendor's attrition figures with data, and a set time within which a leaving engineer is replaced.", "F70", "F75", "F67"),
        NotCovered("Exit: terms for winding the team down or taking it over as your own employees; the sources cover only revoking access at the end, so ask for the rest explicitly.", "F64"),
        Said("Data: where data may be stored and processed, in writing; the vendor's SOC 2 or ISO 27001 and individual NDAs.", "F63", "F62"),
    ];

    private static VendorQuestion Question(string id, string question, string whyItMatters, string goodAnswer, string weakAnswer, params string[] facts) =>
        new(id, question, whyItMatters, goodAnswer, weakAnswer, facts, SourcesOf(facts));

    private static Cited Said(string text, params string[] facts) => new(text, facts, SourcesOf(facts));

    private static Cited Vendor(string text, params string[] facts) => new(text, facts, SourcesOf(facts), Provenance.VendorClaim);

    private static Cited Market(string text, params string[] facts) => new(text, facts, SourcesOf(facts), Provenance.MarketFigure);

    private static Cited NotCovered(string text, params string[] facts) => new(text, facts, SourcesOf(facts), Provenance.NotInSources);

    private static Cited DerivedFrom(string text, string derivation, params string[] facts) =>
        new(text, facts, SourcesOf(facts), Provenance.Derived, derivation);

    private static string[] SourcesOf(string[] facts) =>
        [.. facts.SelectMany(f => Facts.Of(f).Sources).Distinct().Order(StringComparer.Ordinal)];
}
