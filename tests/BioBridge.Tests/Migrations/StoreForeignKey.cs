namespace BioBridge.Tests.Migrations;

public sealed record StoreForeignKey(IReadOnlyList<string> Columns, string PrincipalTable, IReadOnlyList<string> PrincipalColumns);
