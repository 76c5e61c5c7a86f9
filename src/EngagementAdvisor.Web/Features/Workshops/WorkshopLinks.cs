namespace EngagementAdvisor.Web.Features.Workshops;

/// <summary>
/// Where a workshop's pages live: the facilitator's at /w/f/{token}, each participant's at /w/p/{token}, the invite at
/// /w/join/{code}. Absolute links start with the configured public address, as result links do.
/// </summary>
public static class WorkshopLinks
{
    public static string FacilitatorPathOf(string token) => "/w/f/" + token;

    public static string ParticipantPathOf(string token) => "/w/p/" + token;

    public static string InvitePathOf(string code) => "/w/join/" + code;

    public static Uri UrlOf(HttpRequest request, string path) => new(Assessments.ResultLinks.BaseOf(request) + path);
}
