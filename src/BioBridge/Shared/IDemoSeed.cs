namespace BioBridge.Shared;

/// <summary>
/// Demo data of a feature the Demo feature may not name (docs/architecture.md): the feature registers one, and
/// `seed demo` runs every registered one inside its transaction, after the organizations and accounts exist.
/// </summary>
public interface IDemoSeed
{
    Task HandleAsync(CancellationToken ct);
}
