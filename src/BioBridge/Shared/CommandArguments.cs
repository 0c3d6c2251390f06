namespace BioBridge.Shared;

/// <summary>
/// The words of one command line: positional words and --options. Each command says which
/// options it takes and which of them are flags; anything else is wrong usage.
/// </summary>
public sealed class CommandArguments
{
    readonly Dictionary<string, string?> options = new(StringComparer.Ordinal);

    public List<string> Positional { get; } = [];

    public static CommandArguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions, IReadOnlySet<string> flags)
    {
        var parsed = new CommandArguments();
        using var words = args.GetEnumerator();
        while (words.MoveNext())
        {
            var word = words.Current;
            if (!word.StartsWith("--", StringComparison.Ordinal) || word == "--")
            {
                parsed.Positional.Add(word);
                continue;
            }
            var (name, inline) = word.IndexOf('=') is var eq and > 0 ? (word[..eq], word[(eq + 1)..]) : (word, null);
            if (flags.Contains(name))
                parsed.options[name] = "true";
            else if (valueOptions.Contains(name))
            {
                if (inline is null && !words.MoveNext())
                    throw new UsageException($"option {name} needs a value");
                parsed.options[name] = inline ?? words.Current;
            }
            else
                throw new UsageException($"unknown option {name}");
        }
        return parsed;
    }

    public bool Has(string flag) => options.ContainsKey(flag);

    public string? Value(string option) => options.GetValueOrDefault(option);

    public int Int(string option, int fallback, int min, int max)
    {
        var text = Value(option);
        if (text is null)
            return fallback;
        if (!int.TryParse(text, out var value) || value < min || value > max)
            throw new UsageException($"option {option} takes a whole number from {min} to {max}, not '{text}'");
        return value;
    }

    /// <summary>Takes --db CONNECTION (or --db=CONNECTION) out of the arguments: the web app and every command accept it.</summary>
    public static (string[] Others, string? Database) TakeDatabase(string[] args)
    {
        var kept = new List<string>(args.Length);
        string? database = null;
        for (var i = 0; i < args.Length; i++)
        {
            if (args[i] == "--db" && i + 1 < args.Length)
                database = args[++i];
            else if (args[i].StartsWith("--db=", StringComparison.Ordinal))
                database = args[i][5..];
            else
                kept.Add(args[i]);
        }
        return ([.. kept], database);
    }
}
