using System.Globalization;
using System.Text;
using QRCoder;

namespace EngagementAdvisor.Web.Features.Admins;

/// <summary>
/// The authenticator link as a QR code, drawn as one SVG path on the server (ADR 0027): the link holds the account's
/// secret, so it never goes to a QR service or a script, and a vector code stays sharp on any screen and on paper.
/// </summary>
/// <param name="Size">Modules on a side, the quiet zone included: the SVG's view box.</param>
/// <param name="Path">The dark modules, one rectangle per run of them in a row, in view-box units.</param>
public sealed record AuthenticatorQrCode(int Size, string Path)
{
    public static AuthenticatorQrCode For(string authenticatorUri)
    {
        // Medium error correction: a phone reading a monitor loses a few modules to glare and moiré.
        using var data = QRCodeGenerator.GenerateQrCode(authenticatorUri, QRCodeGenerator.ECCLevel.M);
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
        return new AuthenticatorQrCode(rows.Count, path.ToString());
    }
}
