using System.Globalization;
using System.Text.RegularExpressions;
using AngleSharp.Dom;
using ZXing;
using ZXing.Common;
using ZXing.QrCode;

namespace EngagementAdvisor.Web.Tests.Infrastructure;

/// <summary>
/// Reads an inline SVG QR code as a phone's camera would: paints the SVG's own shapes to pixels, then decodes the
/// pixels with ZXing, a reader independent of the library that drew the code. It paints only what the page's SVG
/// uses (rectangles, and paths made of axis-aligned rectangles, filled black or white) and refuses anything else
/// rather than guess.
/// </summary>
public static partial class QrCodeScanner
{
    private const int PixelsPerUnit = 6;

    [GeneratedRegex(@"[MmHhVvZz]|-?\d+(?:\.\d+)?")]
    private static partial Regex PathToken();

    /// <summary>
    /// The SVG painted in view-box units, true where dark. Painting starts dark: whatever the page shows behind a
    /// transparent code (a dark theme, a grey panel) must not pass for the light ground a scanner needs.
    /// </summary>
    public static bool[,] Paint(IElement svg)
    {
        ArgumentNullException.ThrowIfNull(svg);
        var box = svg.GetAttribute("viewBox")!.Split(' ').Select(n => int.Parse(n, CultureInfo.InvariantCulture)).ToArray();
        if (box is not [0, 0, var width, var height]) throw new NotSupportedException($"viewBox {svg.GetAttribute("viewBox")}");
        var dark = new bool[width, height];
        for (var x = 0; x < width; x++) for (var y = 0; y < height; y++) dark[x, y] = true;
        foreach (var shape in svg.Descendants<IElement>())
        {
            var fill = shape.GetAttribute("fill")?.ToUpperInvariant() switch
            {
                "#000" or "#000000" or "BLACK" => true,
                "#FFF" or "#FFFFFF" or "WHITE" => false,
                var other => throw new NotSupportedException($"fill {other} on <{shape.LocalName}>"),
            };
            var rectangles = shape.LocalName switch
            {
                "rect" => [(Number(shape, "x"), Number(shape, "y"), Number(shape, "width"), Number(shape, "height"))],
                "path" => Rectangles(shape.GetAttribute("d")!),
                var other => throw new NotSupportedException($"<{other}>"),
            };
            foreach (var (left, top, w, h) in rectangles)
            {
                for (var x = left; x < left + w; x++) for (var y = top; y < top + h; y++) dark[x, y] = fill;
            }
        }
        return dark;
    }

    /// <summary>The text a QR reader finds in the painted code, or null if it finds none.</summary>
    public static string? Decode(bool[,] dark)
    {
        ArgumentNullException.ThrowIfNull(dark);
        var (width, height) = (dark.GetLength(0) * PixelsPerUnit, dark.GetLength(1) * PixelsPerUnit);
        var grey = new byte[width * height];
        for (var x = 0; x < width; x++) for (var y = 0; y < height; y++) grey[y * width + x] = dark[x / PixelsPerUnit, y / PixelsPerUnit] ? (byte)0 : (byte)255;
        var image = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(grey, width, height, RGBLuminanceSource.BitmapFormat.Gray8)));
        return new QRCodeReader().decode(image)?.Text;
    }

    private static int Number(IElement element, string attribute) =>
        int.Parse(element.GetAttribute(attribute) ?? "0", CultureInfo.InvariantCulture);

    /// <summary>A path's subpaths (absolute M, H, V; relative h, v; closed by z), each of which must be a rectangle.</summary>
    private static List<(int Left, int Top, int Width, int Height)> Rectangles(string path)
    {
        var rectangles = new List<(int, int, int, int)>();
        var corners = new List<(int X, int Y)>();
        var tokens = PathToken().Matches(path).Select(m => m.Value).ToList();
        var (x, y) = (0, 0);
        for (var i = 0; i < tokens.Count; i++)
        {
            int Next() => int.Parse(tokens[++i], CultureInfo.InvariantCulture);
            switch (tokens[i])
            {
                case "M": (x, y) = (Next(), Next()); corners = [(x, y)]; break;
                case "H": x = Next(); corners.Add((x, y)); break;
                case "h": x += Next(); corners.Add((x, y)); break;
                case "V": y = Next(); corners.Add((x, y)); break;
                case "v": y += Next(); corners.Add((x, y)); break;
                case "z" or "Z":
                    var (left, top) = (corners.Min(c => c.X), corners.Min(c => c.Y));
                    var (right, bottom) = (corners.Max(c => c.X), corners.Max(c => c.Y));
                    if (corners.Distinct().Count() != 4 || corners.Count != 4 || corners.Any(c => c.X != left && c.X != right || c.Y != top && c.Y != bottom))
                    {
                        throw new NotSupportedException($"A subpath that is not a rectangle: {string.Join(' ', corners)}");
                    }
                    rectangles.Add((left, top, right - left, bottom - top));
                    (x, y) = corners[0];
                    break;
                default: throw new NotSupportedException($"Path command {tokens[i]}");
            }
        }
        return rectangles;
    }
}
