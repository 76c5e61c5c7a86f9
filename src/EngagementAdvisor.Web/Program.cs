using EngagementAdvisor.Web;
using EngagementAdvisor.Web.Data;

var builder = WebApplication.CreateBuilder(args);
builder.AddEngagementAdvisor();

var app = builder.Build();
await app.Services.PrepareDatabaseAsync();
app.UseEngagementAdvisor();
await app.RunAsync();

/// <summary>Exposed so integration tests can start the real app with WebApplicationFactory.</summary>
public partial class Program;
