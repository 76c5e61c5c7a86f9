using Microsoft.AspNetCore.Mvc.ViewFeatures;

namespace EngagementAdvisor.Web.Features.Assessments;

/// <summary>
/// How the creator is shown the private manage link once: the questionnaire puts the manage token in TempData (an
/// encrypted cookie) before redirecting to the result, and that one view takes it out. Only that view is ever
/// personal, so it is the one view the result page cache must not keep or serve (<see cref="IsPending"/>).
/// </summary>
public static class ManageLinkOffer
{
    private const string Key = "ManageToken";

    /// <summary>The cookie of ASP.NET Core's default TempData provider.</summary>
    private const string TempDataCookie = ".AspNetCore.Mvc.CookieTempDataProvider";

    public static void Offer(ITempDataDictionary tempData, string manageToken)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        tempData[Key] = manageToken;
    }

    /// <summary>Whether this request may carry an offered manage link (the creator's first view).</summary>
    public static bool IsPending(HttpRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return request.Cookies.ContainsKey(TempDataCookie);
    }

    /// <summary>
    /// The offered manage token, once. TempData is read only when its cookie came: reading it makes the response
    /// clear the cookie, and a response that sets a cookie is never cached.
    /// </summary>
    public static string? Take(HttpRequest request, ITempDataDictionary tempData)
    {
        ArgumentNullException.ThrowIfNull(tempData);
        return IsPending(request) ? tempData[Key] as string : null;
    }
}
