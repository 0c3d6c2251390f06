namespace BioBridge.Features.Accounts;

public sealed record ConsentState(IReadOnlyList<ConsentItem> Current, IReadOnlyList<ConsentItem> History);
