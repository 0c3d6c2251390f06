using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace BioBridge.Features.Cooperation;

/// <summary>
/// A PDF report written from top to bottom: a new page when the next row does not fit, every text set in a report
/// font that has its glyphs, embedded as a subset (Unicode, so the text can be searched and copied).
/// </summary>
public sealed class ReportCanvas : IDisposable
{
    const double Margin = 50;
    static readonly XPdfFontOptions Embedding = new(PdfFontEncoding.Unicode, PdfFontEmbedding.TryComputeSubset);

    readonly ReportFonts fonts;
    readonly string language;
    readonly PdfDocument document = new();
    readonly Dictionary<(string Family, double Size), XFont> cache = [];
    PdfPage page;
    XGraphics graphics;
    double y = Margin;

    public ReportCanvas(ReportFonts fonts, string language, string title)
    {
        this.fonts = fonts;
        this.language = language;
        document.Info.Title = title;
        page = document.AddPage();
        graphics = XGraphics.FromPdfPage(page);
    }

    /// <summary>The width between the margins.</summary>
    public double Width => page.Width.Point - 2 * Margin;

    /// <summary>One row of cells at the current height, then moves down by <paramref name="step"/>.</summary>
    public void Row(double size, double step, params ReadOnlySpan<ReportCell> cells)
    {
        NewPageIfBelow(step);
        foreach (var cell in cells)
        {
            var font = Font(cell.Text, size);
            var x = Margin + cell.X - (cell.RightAligned ? graphics.MeasureString(cell.Text, font).Width : 0);
            graphics.DrawString(cell.Text, font, XBrushes.Black, new XPoint(x, y));
        }
        y += step;
    }

    /// <summary>A line of text at the left margin.</summary>
    public void Line(string text, double size, double step) => Row(size, step, new ReportCell(text, 0));

    public void Space(double step) => y += step;

    /// <summary>A PNG image across the page, <paramref name="height"/> points high.</summary>
    public void Image(byte[] png, double height)
    {
        NewPageIfBelow(height + 10);
        using var stream = new MemoryStream(png);
        graphics.DrawImage(XImage.FromStream(stream), Margin, y, Width, height);
        y += height + 16;
    }

    public byte[] Save()
    {
        graphics.Dispose();
        using var buffer = new MemoryStream();
        document.Save(buffer);
        return buffer.ToArray();
    }

    public void Dispose()
    {
        graphics.Dispose();
        document.Dispose();
    }

    XFont Font(string text, double size)
    {
        var key = (fonts.FamilyFor(language, text), size);
        if (!cache.TryGetValue(key, out var font))
            cache[key] = font = new XFont(key.Item1, size, XFontStyleEx.Regular, Embedding);
        return font;
    }

    void NewPageIfBelow(double needed)
    {
        if (y + needed < page.Height.Point - Margin)
            return;
        graphics.Dispose();
        page = document.AddPage();
        graphics = XGraphics.FromPdfPage(page);
        y = Margin;
    }
}
