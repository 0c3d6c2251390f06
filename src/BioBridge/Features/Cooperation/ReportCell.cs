namespace BioBridge.Features.Cooperation;

/// <summary>A text in a row of a PDF report, <see cref="X"/> points from the left margin (its right edge when right-aligned).</summary>
public readonly record struct ReportCell(string Text, double X, bool RightAligned = false);
