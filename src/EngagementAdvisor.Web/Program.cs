using EngagementAdvisor.Web;
using EngagementAdvisor.Web.Data;
using EngagementAdvisor.Web.Features.Admins;

var builder = WebApplication.CreateBuilder(args);
builder.AddEngagementAdvisor();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();
await app.Services.EnsureFirstAdminAsync();
app.UseEngagementAdvisor();
await app.RunAsync();

/// <summary>Exposed so integration tests can start the real app with WebApplicationFactory.</summary>
public partial class Program;
