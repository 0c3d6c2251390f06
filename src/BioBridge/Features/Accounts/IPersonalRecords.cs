namespace BioBridge.Features.Accounts;

/// <summary>
/// What one feature keeps about a person, for the right of access and portability (PIPA art. 35, PIPL art. 45) and
/// for account deletion. Each feature that stores rows of a person implements it, so Accounts exports and erases
/// everything without knowing the other features' tables.
/// </summary>
public interface IPersonalRecords
{
    /// <summary>Adds this feature's sections (camelCase names, JSON-ready values) to the export, only rows of the subject.</summary>
    Task ExportAsync(PersonalDataSubject subject, IDictionary<string, object> sections, CancellationToken ct);

    /// <summary>
    /// Removes the person from this feature's rows inside the deletion's transaction; rows that statistics count stay,
    /// without the name, e-mail or words of the person.
    /// </summary>
    Task EraseAsync(PersonalDataSubject subject, CancellationToken ct);
}
