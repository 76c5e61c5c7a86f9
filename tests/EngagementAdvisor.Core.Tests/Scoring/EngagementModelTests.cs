using EngagementAdvisor.Core.Models;

namespace EngagementAdvisor.Core.Tests.Scoring;

public sealed class EngagementModelTests
{
    [Theory]
    [InlineData("outsourcing", EngagementModel.Outsourcing)]
    [InlineData("outstaffing", EngagementModel.Outstaffing)]
    [InlineData("offshoring", EngagementModel.Offshoring)]
    [InlineData("staff-augmentation", EngagementModel.StaffAugmentation)]
    public void Api_ids_round_trip(string id, EngagementModel model)
    {
        Assert.True(EngagementModels.TryParse(id, out var parsed));
        Assert.Equal(model, parsed);
        Assert.Equal(id, model.Id());
    }

    [Theory]
    [InlineData("Outsourcing")]
    [InlineData("staff_augmentation")]
    [InlineData("")]
    [InlineData(null)]
    public void Unknown_ids_are_refused(string? id) => Assert.False(EngagementModels.TryParse(id, out _));
}
