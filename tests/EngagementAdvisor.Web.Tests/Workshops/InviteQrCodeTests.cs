using EngagementAdvisor.Web.Features.Workshops;
using EngagementAdvisor.Web.Tests.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace EngagementAdvisor.Web.Tests.Workshops;

/// <summary>In a meeting room people join by scanning the facilitator's screen: the code must read back as the invite link shown beside it.</summary>
public sealed class InviteQrCodeTests : AppTest
{
    [Fact]
    public async Task The_invite_QR_code_decodes_to_the_invite_link_and_goes_once_the_workshop_is_closed()
    {
        var store = Factory.Services.GetRequiredService<WorkshopStore>();
        var (token, code) = await store.CreateAsync("Acme payments", [], anonymous: false, CancellationToken.None);
        using var client = Factory.CreateClient();

        var page = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/w/f/" + token, UriKind.Relative)));
        var shown = page.QuerySelector("#invite-url")!.GetAttribute("value")!;
        Assert.EndsWith("/w/join/" + code, shown, StringComparison.Ordinal);
        Assert.Equal(shown, QrCodeScanner.Decode(QrCodeScanner.Paint(page.QuerySelector("#invite-qr")!)));

        var workshop = (await store.FindByFacilitatorAsync(token, CancellationToken.None)).Workshop!;
        Assert.True(await store.ClaimCloseAsync(workshop.Id, CancellationToken.None));
        var closed = await HtmlForms.ParseAsync(await client.GetAsync(new Uri("/w/f/" + token, UriKind.Relative)));
        Assert.Null(closed.QuerySelector("#invite-qr"));
    }
}
