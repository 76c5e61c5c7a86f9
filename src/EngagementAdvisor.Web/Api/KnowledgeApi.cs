using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Models;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EngagementAdvisor.Web.Api;

/// <summary>The knowledge catalogue over JSON: the same content the /models and /checklist pages render.</summary>
public static class KnowledgeApi
{
    public static IEndpointRouteBuilder MapKnowledgeApi(this IEndpointRouteBuilder app)
    {
        var catalogue = app.ServiceProvider.GetRequiredService<KnowledgeCatalogue>();
        // The catalogue is immutable, so its JSON bodies are built once.
        var models = new ModelsBody(
            EngagementModels.All.Select(m => ModelBody.From(catalogue, m)).ToList(),
            catalogue.Dimensions.Select(DimensionBody.From).ToList(),
            catalogue.MarketFigures,
            Sources.All);
        var checklist = new ChecklistBody(catalogue.RiskAreas.Select(RiskAreaBody.From).ToList(), catalogue.VendorQuestions, Sources.All);

        var api = app.MapGroup("/api").WithTags("Knowledge");
        api.MapGet("/models", () => TypedResults.Ok(models))
            .WithName("ListModels").WithSummary("The four engagement models: profiles and the side-by-side comparison.");
        api.MapGet("/models/{model}", Results<Ok<ModelBody>, ProblemHttpResult> (string model) =>
                EngagementModels.TryParse(model, out var parsed)
                    ? TypedResults.Ok(models.Models[(int)parsed])
                    : TypedResults.Problem(statusCode: StatusCodes.Status404NotFound, title: "Not found",
                        detail: "Model ids are outsourcing, outstaffing, offshoring and staff-augmentation."))
            .WithName("GetModel").WithSummary("One engagement model's profile and its column of the comparison.");
        api.MapGet("/checklist", () => TypedResults.Ok(checklist))
            .WithName("GetChecklist").WithSummary("The risk checklist per model and the questions to ask a vendor.");
        return app;
    }
}
