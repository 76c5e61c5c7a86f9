namespace EngagementAdvisor.Core.Models;

public static class EngagementModels
{
    public static readonly IReadOnlyList<EngagementModel> All =
        [EngagementModel.Outsourcing, EngagementModel.Outstaffing, EngagementModel.Offshoring, EngagementModel.StaffAugmentation];

    public const int Count = 4;

    /// <summary>The id used in URLs and the JSON API; part of the public contract.</summary>
    public static string Id(this EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => "outsourcing",
        EngagementModel.Outstaffing => "outstaffing",
        EngagementModel.Offshoring => "offshoring",
        EngagementModel.StaffAugmentation => "staff-augmentation",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    public static string DisplayName(this EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => "Outsourcing",
        EngagementModel.Outstaffing => "Outstaffing",
        EngagementModel.Offshoring => "Offshoring",
        EngagementModel.StaffAugmentation => "Staff augmentation",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    /// <summary>One line a product leader recognises the model by.</summary>
    public static string Summary(this EngagementModel model) => model switch
    {
        EngagementModel.Outsourcing => "A vendor takes a scoped project and manages its own team to deliver it.",
        EngagementModel.Outstaffing => "Vendor-employed engineers join your team and work in your process, under your management.",
        EngagementModel.Offshoring => "A dedicated team in another country is assembled for you and works as a division of your company.",
        EngagementModel.StaffAugmentation => "Individual specialists plug into your team for workload spikes and skill gaps, under your direction.",
        _ => throw new ArgumentOutOfRangeException(nameof(model)),
    };

    public static bool TryParse(string? id, out EngagementModel model)
    {
        switch (id)
        {
            case "outsourcing": model = EngagementModel.Outsourcing; return true;
            case "outstaffing": model = EngagementModel.Outstaffing; return true;
            case "offshoring": model = EngagementModel.Offshoring; return true;
            case "staff-augmentation": model = EngagementModel.StaffAugmentation; return true;
            default: model = default; return false;
        }
    }
}
