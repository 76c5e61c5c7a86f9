namespace EngagementAdvisor.Core.Models;

/// <summary>The four ways of bringing in external engineers that the product compares.</summary>
/// <remarks>The order is the order of every per-model list (a contribution's points, the cost lines); never reorder it.</remarks>
public enum EngagementModel
{
    Outsourcing = 0,
    Outstaffing = 1,
    Offshoring = 2,
    StaffAugmentation = 3,
}
