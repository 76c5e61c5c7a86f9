namespace EngagementAdvisor.Core.Knowledge;

/// <summary>The five articles (S0–S4) every fact and statement is traced to.</summary>
public static class Sources
{
    public static readonly Source S0 = new("S0", "Outsourcing and Outstaffing – How it Works?", "IT staffing blog");
    public static readonly Source S1 = new("S1", "Outsourcing vs. Outstaffing: 5 Major Differences", "IT staffing blog");
    public static readonly Source S2 = new("S2", "Outstaffing, outsourcing – what is the difference?", "AniArt (Kyiv region)");
    public static readonly Source S3 = new("S3", "Outstaffing vs outsourcing / staff augmentation guide", "Empat, a software vendor");
    public static readonly Source S4 = new("S4", "Outsourcing vs Offshoring", "SmartTek Solutions");

    public static readonly IReadOnlyList<Source> All = [S0, S1, S2, S3, S4];

    public static Source Get(string id) =>
        All.FirstOrDefault(s => s.Id == id) ?? throw new ArgumentOutOfRangeException(nameof(id), id, "Unknown source id.");
}
