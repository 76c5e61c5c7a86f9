using EngagementAdvisor.Web;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Data.Setup;
using EngagementAdvisor.Web.Features.Admins;

var builder = WebApplication.CreateBuilder(args);
builder.AddEngagementAdvisor();

var app = builder.Build();
// `migrate` applies the migrations and exits without serving (a deploy step; see docs/operations.md).
if (await app.RunCommandAsync(args) is { } exitCode) return exitCode;
await app.Services.PrepareDatabaseAsync();
await app.Services.EnsureFirstAdminAsync();
app.UseEngagementAdvisor();
await app.RunAsync();
return 0;

/// <summary>Exposed so integration tests can start the real app with WebApplicationFactory.</summary>
public partial class Program;
