namespace EngagementAdvisor.Web.Data.Entities;

/// <summary>One stakeholder in a workshop: the name or role they gave, their own answers, whether the facilitator counts them.</summary>
public sealed class WorkshopParticipant
{
    public long Id { get; set; }

    public long WorkshopId { get; set; }

    /// <summary>SHA-256 of the token in the participant's own link, with which they come back to change their answers.</summary>
    public byte[] TokenHash { get; set; } = [];

    /// <summary>Their order of joining, 1 for the first: "Participant 2" when they gave neither name nor role.</summary>
    public int Number { get; set; }

    /// <summary>The name they gave; always null in an anonymous workshop.</summary>
    public string? Name { get; set; }

    public string? Role { get; set; }

    public DateTime JoinedAt { get; set; }

    /// <summary>Their scored answers as the API writes them; null until they first save.</summary>
    public string? AnswersJson { get; set; }

    public DateTime? AnsweredAt { get; set; }

    /// <summary>Whether their answers count in the group's result; the facilitator decides.</summary>
    public bool Included { get; set; } = true;
}
