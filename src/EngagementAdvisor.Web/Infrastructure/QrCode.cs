using System.Globalization;
using System.Text;
using QRCoder;

namespace EngagementAdvisor.Web.Infrastructure;

/// <summary>
/// A link as a QR code, drawn as one SVG path on the server (ADR 0027): the authenticator set-up link (it holds the
/// account's secret, so it never goes to a QR service or a script) and a workshop's invite (phones in the meeting room
/// scan it off the facilitator's screen). A vector code stays sharp on any screen and on paper. Drawn by
/// <c>Pages/Shared/_QrCode</c>.
/// </summary>
/// <param name="Size">Modules on a side, the quiet zone included: the SVG's view box.</param>
/// <param name="Path">The dark modules, one rectangle per run of them in a row, in view-box units.</param>
public sealed record QrCode(int Size, string Path)
{
    public static QrCode For(string link)
    {
        // Medium error correction: a phone reading a monitor loses a few modules to glare and moiré.
        using var data = QRCodeGenerator.GenerateQrCode(link, QRCodeGenerator.ECCLevel.M);
        // QRCoder's matrix already carries the four light modules on every side that scanners need to find the code.
        var rows = data.ModuleMatrix;
        var path = new StringBuilder();
        for (var y = 0; y < rows.Count; y++)
        {
            var row = rows[y];
            for (var x = 0; x < row.Length; x++)
            {
                if (!row[x]) continue;
                var start = x;
                while (x + 1 < row.Length && row[x + 1]) x++;
                var run = x - start + 1;
                path.Append(CultureInfo.InvariantCulture, $"M{start} {y}h{run}v1h-{run}z");
            }
        }
        return new QrCode(rows.Count, path.ToString());
    }
}
