using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Web.Api;

/// <summary>One model's profile and its column of the comparison.</summary>
public sealed record ModelBody(
    string Id, string Name, string Summary, ModelProfile Profile, IReadOnlyDictionary<string, Cited> Comparison)
{
    public static ModelBody From(KnowledgeCatalogue catalogue, EngagementModel model)
    {
        ArgumentNullException.ThrowIfNull(catalogue);
        return new(model.Id(), model.DisplayName(), model.Summary(), catalogue.Profile(model),
            catalogue.Dimensions.ToDictionary(d => d.Id, d => d.For(model)));
    }
}
