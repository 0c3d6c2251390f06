using System.Text;

namespace BioBridge.Features.Partnering;

/// <summary>Keeps the solver's latest progress line for the run's progress text.</summary>
sealed class LastLineWriter : TextWriter
{
    readonly Lock gate = new();
    readonly StringBuilder line = new();
    string? last;

    public override Encoding Encoding => Encoding.UTF8;

    public string? Last
    {
        get { lock (gate) return last; }
    }

    public override void Write(char value)
    {
        lock (gate)
        {
            if (value == '\n')
            {
                last = line.ToString().TrimEnd('\r');
                line.Clear();
            }
            else
                line.Append(value);
        }
    }

    public override void WriteLine(string? value)
    {
        lock (gate)
        {
            line.Append(value);
            last = line.ToString();
            line.Clear();
        }
    }
}
