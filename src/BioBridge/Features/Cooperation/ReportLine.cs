namespace BioBridge.Features.Cooperation;

/// <summary>A line of a report: a stable code (for machines), its label in the report's language and the value.</summary>
public sealed record ReportLine(string Section, string Code, string Label, long Value);
