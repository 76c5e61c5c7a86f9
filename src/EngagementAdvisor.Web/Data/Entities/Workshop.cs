namespace EngagementAdvisor.Web.Data.Entities;

/// <summary>
/// A workshop (issue 23): several stakeholders answer the questionnaire apart, a facilitator settles the facts and closes
/// it into one shared result. Only hashes of its two secrets are stored: the facilitator link's token and the invite
/// code (the code also encrypted, so the facilitator's page can show it again).
/// </summary>
public sealed class Workshop
{
    public long Id { get; set; }

    /// <summary>SHA-256 of the facilitator link's token, shown once when the workshop is created.</summary>
    public byte[] FacilitatorTokenHash { get; set; } = [];

    /// <summary>SHA-256 of the invite code, so a participant's code is found without storing it in the clear.</summary>
    public byte[] InviteCodeHash { get; set; } = [];

    /// <summary>The invite code, encrypted with Data Protection: shown to the facilitator, never searched.</summary>
    public string InviteCodeProtected { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>The roles participants choose from (JSON array), e.g. ["CTO","CFO"]; empty when the facilitator named none.</summary>
    public string RolesJson { get; set; } = "[]";

    /// <summary>Participants give a role only, never a name, and are shown by role.</summary>
    public bool Anonymous { get; set; }

    public DateTime CreatedAt { get; set; }

    /// <summary>Participants see each other's answers (by name, or by role when anonymous) only once this is set.</summary>
    public bool Revealed { get; set; }

    /// <summary>The facts the facilitator settled, by question id (JSON object), in the questionnaire's canonical form.</summary>
    public string SettledJson { get; set; } = "{}";

    /// <summary>Set when the facilitator closed the workshop: answers are frozen and <see cref="ResultTokenProtected"/> names its result.</summary>
    public DateTime? ClosedAt { get; set; }

    /// <summary>The stored result the workshop was closed into, deleted with the workshop.</summary>
    public long? ResultId { get; set; }

    /// <summary>The result's share token, encrypted with Data Protection: the facilitator's page links to it.</summary>
    public string? ResultTokenProtected { get; set; }

    /// <summary>
    /// Set when the facilitator deleted it: the links answer 410; the title, roles, facts and the participants' names,
    /// roles and answers are gone (each participant's row stays, emptied, so that their link answers 410 too).
    /// </summary>
    public DateTime? DeletedAt { get; set; }

    public List<WorkshopParticipant> Participants { get; } = [];
}
