using System.Text;

namespace BioBridge.OperationsTests.Infrastructure;

/// <summary>A child process's output, kept for assertions and for the failure message.</summary>
sealed class OutputLines
{
    readonly Lock gate = new();
    readonly List<string> lines = [];

    public void Add(string? line)
    {
        if (line is null)
            return;
        lock (gate)
            lines.Add(line);
    }

    public bool Contains(string text)
    {
        lock (gate)
            return lines.Any(l => l.Contains(text, StringComparison.Ordinal));
    }

    public override string ToString()
    {
        lock (gate)
        {
            var text = new StringBuilder();
            foreach (var line in lines.TakeLast(200))
                text.AppendLine(line);
            return text.ToString();
        }
    }
}
