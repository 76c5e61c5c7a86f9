namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>One value that differs between two weight set versions, by its path in the weight set.</summary>
public sealed record VersionChange(string Path, string? Before, string? After);
