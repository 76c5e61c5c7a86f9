using System.Text.Json;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using FluentValidation;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EngagementAdvisor.Web.Api;

public static class AssessmentsApi
{
    /// <summary>A questionnaire is a few hundred bytes; anything near this is not one.</summary>
    public const int MaxBodyBytes = 16 * 1024;

    public static IEndpointRouteBuilder MapAssessmentsApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/assessments").WithTags("Assessments");

        api.MapPost("/", CreateAsync)
            .WithName("CreateAssessment")
            .WithSummary("Score a questionnaire and store the result behind a new share link.")
            .Accepts<Core.Questions.Answers>("application/json")
            .Produces<AssessmentBody>(StatusCodes.Status201Created)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status415UnsupportedMediaType);

        api.MapGet("/{token}", GetAsync)
            .WithName("GetAssessment")
            .WithSummary("Read a stored assessment by its share token.")
            .Produces<AssessmentBody>()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status410Gone);

        return app;
    }

    private static async Task<IResult> CreateAsync(
        HttpRequest request, Questionnaire questionnaire, IValidator<AnswersForm> validator, AssessmentService assessments, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType,
                title: "Unsupported media type", detail: "Send the answers as a JSON object with Content-Type: application/json.");
        }
        if (request.ContentLength > MaxBodyBytes)
        {
            return TooLarge();
        }

        byte[]? body;
        try
        {
            body = await ReadBoundedAsync(request.Body, cancellationToken);
        }
        catch (BadHttpRequestException ex) when (!cancellationToken.IsCancellationRequested)
        {
            // A body shorter than its Content-Length, or malformed chunking: the client's mistake, not ours.
            return TypedResults.Problem(statusCode: ex.StatusCode, title: "Unreadable body", detail: "The request body ended early or was malformed.");
        }
        if (body is null) return TooLarge();

        var errors = new FieldErrors();
        AnswersForm form;
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 8 });
            form = JsonAnswersReader.Read(questionnaire, document.RootElement, errors);
        }
        catch (JsonException)
        {
            return TypedResults.Problem(statusCode: StatusCodes.Status400BadRequest,
                title: "Malformed JSON", detail: "The body is not valid JSON.");
        }

        errors.AddValidation(await validator.ValidateAsync(form, cancellationToken));
        if (errors.Count > 0)
        {
            return TypedResults.ValidationProblem(errors.ToDictionary(), title: "Some answers are missing or invalid.");
        }

        var created = await assessments.CreateAsync(form.ToAnswers(), cancellationToken: cancellationToken);
        var stored = created.Stored;
        // The manage link is in this one response and nowhere else: only its hash is kept.
        return TypedResults.Created(ResultLinks.PathOf(stored.Token), AssessmentBody.From(stored, ResultLinks.UrlOf(request, stored.Token))
            with { ManageUrl = ResultLinks.ManageUrlOf(request, stored.Token, created.ManageToken) });
    }

    private static async Task<IResult> GetAsync(
        string token, HttpRequest request, AssessmentStore store, CancellationToken cancellationToken)
    {
        var lookup = await store.LookUpAsync(token, cancellationToken);
        return lookup.Outcome switch
        {
            Lookup.Found => TypedResults.Ok(AssessmentBody.From(lookup.Stored!, ResultLinks.UrlOf(request, lookup.Stored!.Token))),
            Lookup.Gone => TypedResults.Problem(statusCode: StatusCodes.Status410Gone,
                title: "Deleted", detail: "This result was deleted by the person who created it."),
            _ => TypedResults.Problem(statusCode: StatusCodes.Status404NotFound,
                title: "Not found", detail: "No assessment has this token. Check that the whole link was copied."),
        };
    }

    private static ProblemHttpResult TooLarge() => TypedResults.Problem(statusCode: StatusCodes.Status413PayloadTooLarge,
        title: "Body too large", detail: $"An assessment body is at most {MaxBodyBytes} bytes.");

    private static async Task<byte[]?> ReadBoundedAsync(Stream body, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[4096];
        int read;
        while ((read = await body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > MaxBodyBytes) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }
}
