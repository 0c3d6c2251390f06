namespace BioBridge.Features.Accounts;

/// <summary>Whose data: the account, and the e-mail address under which rows were made before the account existed.</summary>
public sealed record PersonalDataSubject(string UserId, string? Email);
