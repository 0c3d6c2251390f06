using ScottPlot;

namespace BioBridge.Features.Cooperation;

/// <summary>The PDF report's charts as PNG images (ScottPlot), labelled with the font of the report's language.</summary>
public static class DashboardCharts
{
    static readonly Lock Gate = new();
    static readonly Dictionary<string, string> Families = [];

    static Plot NewPlot(string title, string fontFile, out string family)
    {
        lock (Gate)
        {
            // Each font file under a family of its own: ScottPlot keeps the first file added under a name.
            if (!Families.TryGetValue(fontFile, out family!))
            {
                Families[fontFile] = family = $"BioBridge chart {Families.Count}";
                Fonts.AddFontFile(family, fontFile, bold: false, italic: false);
            }
        }
        var plot = new Plot();
        plot.Font.Set(family);
        plot.Title(title);
        return plot;
    }

    public static byte[] Bars(IReadOnlyList<(string Label, double Value)> bars, string title, string fontFile)
    {
        var plot = NewPlot(title, fontFile, out var family);
        var positions = Enumerable.Range(0, bars.Count).Select(i => (double)i).ToArray();
        var series = plot.Add.Bars(positions, bars.Select(b => b.Value).ToArray());
        foreach (var bar in series.Bars)
            bar.Label = bar.Value.ToString("N0");
        plot.Axes.Bottom.SetTicks(positions, bars.Select(b => b.Label).ToArray());
        plot.Axes.Margins(bottom: 0);
        plot.Font.Set(family);
        return plot.GetImageBytes(900, 360, ImageFormat.Png);
    }

    /// <summary>Meeting requests, meetings held and deals per month, as lines.</summary>
    public static byte[] Months(IReadOnlyList<MonthFigures> months, string title, IReadOnlyList<string> seriesNames, string fontFile)
    {
        var plot = NewPlot(title, fontFile, out var family);
        var xs = Enumerable.Range(0, months.Count).Select(i => (double)i).ToArray();
        var series = new[]
        {
            months.Select(m => (double)m.MeetingRequests).ToArray(),
            months.Select(m => (double)m.MeetingsHeld).ToArray(),
            months.Select(m => (double)m.Deals).ToArray(),
        };
        for (var i = 0; i < series.Length; i++)
            plot.Add.Scatter(xs, series[i]).LegendText = seriesNames[i];
        var step = Math.Max(1, months.Count / 12);
        var ticks = xs.Where((_, i) => i % step == 0).ToArray();
        plot.Axes.Bottom.SetTicks(ticks, ticks.Select(x => months[(int)x].Month).ToArray());
        plot.ShowLegend();
        plot.Font.Set(family);
        return plot.GetImageBytes(900, 400, ImageFormat.Png);
    }
}
