namespace BioBridge.Tests.Migrations;

/// <summary>A column as the database catalog describes it; MaxLength only where the database enforces one.</summary>
public sealed record StoreColumn(string Name, string StoreType, bool NotNull, int? MaxLength);
