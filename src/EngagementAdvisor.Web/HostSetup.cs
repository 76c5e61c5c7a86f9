using EngagementAdvisor.Core.Knowledge;
using EngagementAdvisor.Core.Questions;
using EngagementAdvisor.Web.Api;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Features.Admins;
using EngagementAdvisor.Web.Features.Answers;
using EngagementAdvisor.Web.Features.Assessments;
using EngagementAdvisor.Web.Features.Comparisons;
using EngagementAdvisor.Web.Features.Knowledge;
using EngagementAdvisor.Web.Features.Results;
using EngagementAdvisor.Web.Features.Weights;
using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Infrastructure;
using FluentValidation;
using Microsoft.AspNetCore.DataProtection;
using Serilog;
using Serilog.Events;

namespace EngagementAdvisor.Web;

/// <summary>Service registration and the request pipeline, kept out of Program.cs so it stays short.</summary>
public static class HostSetup
{
    public static WebApplicationBuilder AddEngagementAdvisor(this WebApplicationBuilder builder)
    {
        ArgumentNullException.ThrowIfNull(builder);
        var services = builder.Services;
        var configuration = builder.Configuration;

        // Serve wwwroot (and its precompressed copies) from the build output in every environment, not only
        // Development; a published app has no manifest and this does nothing there.
        builder.WebHost.UseStaticWebAssets();
        builder.WebHost.ConfigureKestrel(o => o.AddServerHeader = false);
        services.AddHsts(o =>
        {
            o.MaxAge = TimeSpan.FromDays(365);
            o.IncludeSubDomains = true;
        });

        // The app's own logger, not the process-wide static one: two hosts in one process (the tests run many) must
        // not write into each other's logs. Request logging is pointed at it below.
        services.AddSerilog((sp, lc) => lc.ReadFrom.Configuration(configuration).ReadFrom.Services(sp), preserveStaticLogger: true);

        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddAdvisorDatabase();
        // One key ring for every instance, kept in the database: a cookie or antiforgery token issued by one
        // instance is accepted by the others, and protected columns decrypt everywhere. The fixed application
        // name keeps payloads valid wherever the app is installed (the default is its content root path).
        services.AddDataProtection()
            .SetApplicationName("EngagementAdvisor")
            .PersistKeysToDbContext<AdvisorDbContext>();

        services.AddSingleton(TimeProvider.System);
        // The question table every part reads; a test can give the app another one (ExtraQuestionTests).
        services.AddSingleton(Questionnaire.Default);
        services.AddSingleton(KnowledgeCatalogue.Default);
        services.AddSingleton<IValidator<AnswersForm>, AnswersFormValidator>();
        services.AddSingleton<WeightsStore>();
        services.AddSingleton<WeightVersions>();
        services.AddSingleton<ImpactPreviewer>();
        services.AddSingleton<AssessmentWriter>();
        services.AddHostedService(sp => sp.GetRequiredService<AssessmentWriter>());
        services.AddSingleton<AssessmentStore>();
        services.AddSingleton<AssessmentService>();
        services.AddSingleton<AssessmentExport>();
        services.AddSingleton<ResultSeeder>();
        services.AddSingleton<ProseMigration>();
        services.AddHostedService(sp => sp.GetRequiredService<ProseMigration>());
        services.Configure<RetentionOptions>(configuration.GetSection(RetentionOptions.Section));
        services.AddSingleton<RetentionSweeper>();
        services.AddHostedService(sp => sp.GetRequiredService<RetentionSweeper>());
        services.AddSingleton<ResultComparer>();
        services.AddSingleton<Pages.Results.ResultViews>();
        services.AddScoped<Footnotes>();
        services.AddSingleton<WorkshopStore>();
        services.AddSingleton<WorkshopService>();
        services.AddSingleton<WorkshopChanges>();
        services.AddSingleton<IChangeHandler>(sp => sp.GetRequiredService<WorkshopChanges>());
        // One LISTEN connection for every kind of change another instance announces (results, workshops).
        services.AddHostedService<ChangeListener>();

        services.AddAdmins(configuration, builder.Environment);
        services.AddReverseProxySupport(configuration);
        services.AddAdvisorRateLimits(configuration);
        services.AddResultPages(configuration);
        // Antiforgery's cookie is not Secure by default. SameAsRequest makes it (and TempData's) Secure on every
        // https request, including behind a configured proxy that forwards the scheme; "Always" would make plain-http
        // requests fail with an error rather than merely go without the flag.
        services.AddAntiforgery(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Strict;
        });
        services.Configure<Microsoft.AspNetCore.Mvc.CookieTempDataProviderOptions>(o =>
        {
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.Cookie.HttpOnly = true;
            // Lax: it carries the manage link across the redirect that follows the questionnaire's POST.
            o.Cookie.SameSite = SameSiteMode.Lax;
        });
        services.AddRazorPages(options =>
        {
            // Everything under /Admin needs the Admin role; new admin pages are covered without opting in.
            options.Conventions.AuthorizeFolder("/Admin", AdminOptions.Policy);
        }).AddMvcOptions(o => o.Filters.Add<RequireTwoFactorFilter>());
        // Encode only what HTML needs: dashes, quotes and "−" stay readable in the page source and in feed previews.
        services.Configure<Microsoft.Extensions.WebEncoders.WebEncoderOptions>(o =>
            o.TextEncoderSettings = new System.Text.Encodings.Web.TextEncoderSettings(System.Text.Unicode.UnicodeRanges.All));
        services.AddErrorResponses();
        // Every request's path is redacted (tokens) and escaped (CR/LF) on every log event, not only the request log.
        services.AddSingleton<Serilog.Core.ILogEventEnricher, LogRedactionEnricher>();
        services.ConfigureHttpJsonOptions(o => AdvisorJson.Configure(o.SerializerOptions));
        // With a public address configured, links and the OpenAPI document name it, and only its host (or loopback,
        // for health checks on the machine) is served: a forged Host header can neither steer links nor be answered.
        services.Configure<PublicSiteOptions>(configuration.GetSection(PublicSiteOptions.Section));
        if (configuration[$"{PublicSiteOptions.Section}:BaseUrl"] is { Length: > 0 } publicUrl && Uri.TryCreate(publicUrl, UriKind.Absolute, out var publicUri))
        {
            services.PostConfigure<Microsoft.AspNetCore.HostFiltering.HostFilteringOptions>(o =>
            {
                if (o.AllowedHosts.Count == 0 || o.AllowedHosts.Contains("*")) o.AllowedHosts = [publicUri.Authority, publicUri.Host, "localhost", "127.0.0.1", "[::1]"];
            });
        }
        services.AddOpenApi(o =>
        {
            AnswersSchema.Describe(o);
            o.AddDocumentTransformer((document, context, _) =>
            {
                var configured = context.ApplicationServices.GetService<Microsoft.Extensions.Options.IOptions<PublicSiteOptions>>()?.Value.BaseUrl;
                if (configured is { Length: > 0 } url) document.Servers = [new Microsoft.OpenApi.OpenApiServer { Url = url.TrimEnd('/') }];
                return Task.CompletedTask;
            });
        });
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database");
        return builder;
    }

    public static WebApplication UseEngagementAdvisor(this WebApplication app)
    {
        ArgumentNullException.ThrowIfNull(app);
        // First: everything after it (HSTS, logging, rate limits) sees the real client and scheme.
        app.UseReverseProxySupport();
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment()) app.UseHsts();
        app.UseCorrelationId();
        // Outside the exception handler: an unhandled exception is logged once (by the handler, with the correlation
        // id), and the request log shows the status the client really got.
        app.UseSerilogRequestLogging(options =>
        {
            options.Logger = app.Services.GetRequiredService<Serilog.ILogger>();
            // Result paths carry a secret token; log only a prefix of it.
            options.GetMessageTemplateProperties = (context, _, elapsed, status) =>
            [
                new("RequestMethod", new ScalarValue(context.Request.Method)),
                new("RequestPath", new ScalarValue(LogRedaction.RedactPath(context.Request.Path))),
                new("StatusCode", new ScalarValue(status)),
                new("Elapsed", new ScalarValue(elapsed)),
            ];
        });
        app.UseErrorResponses();
        // An empty error status (404, 405, 415 from routing) gets a body: problem+json for the API, else a friendly page.
        app.UseWhen(c => ErrorResponses.WantsJson(c.Request, c.Request.Path), json => json.UseStatusCodePages());
        app.UseWhen(c => !ErrorResponses.WantsJson(c.Request, c.Request.Path), html => html.UseStatusCodePagesWithReExecute("/status/{0}"));
        // Inside request logging, so a hang-up is logged as the 499 it is rather than as an error.
        app.UseClientAborts();
        app.UsePageMethods();
        app.UseFormLimits();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        // After authentication, so the cache can tell a signed-in admin (never cached) from everyone else; before
        // the rate limiter, because only pages of real results are cached: serving one again costs nothing worth
        // limiting, while every guess at a link (a 404, never cached) still counts against the client's limit.
        app.UseResultPages();
        app.UseRateLimiter();
        app.MapStaticAssets();
        app.MapRazorPages().WithStaticAssets();
        app.MapOpenApi();
        app.MapHealthChecks("/healthz");
        app.MapAssessmentsApi();
        app.MapKnowledgeApi();
        app.MapWorkshopEvents();
        return app;
    }
}
