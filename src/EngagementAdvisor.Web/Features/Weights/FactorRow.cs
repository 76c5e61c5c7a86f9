namespace EngagementAdvisor.Web.Features.Weights;

/// <summary>One factor in the weights editor: its importance and a row per level.</summary>
public sealed class FactorRow
{
    public string Factor { get; set; } = "";
    public int Importance { get; set; }
    public List<LevelRow> Levels { get; set; } = [];
}
