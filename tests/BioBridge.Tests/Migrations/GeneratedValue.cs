namespace BioBridge.Tests.Migrations;

/// <summary>
/// A value of a column's CLR type for generated row number <c>variant</c>; different variants give different values,
/// so key columns stay unique. Times are UTC because PostgreSQL's timestamptz takes nothing else.
/// </summary>
public static class GeneratedValue
{
    static readonly DateTime Start = new(2026, 3, 2, 8, 0, 0, DateTimeKind.Utc);

    public static object For(Type type, int variant, StoreColumn column)
    {
        type = Nullable.GetUnderlyingType(type) ?? type;
        if (type.IsEnum)
        {
            var values = Enum.GetValues(type);
            return values.GetValue(variant % values.Length)!;
        }
        if (type == typeof(string))
            return Cropped($"{column.Name}{variant}", column.MaxLength);
        if (type == typeof(bool))
            return variant % 2 == 1;
        if (type == typeof(byte) || type == typeof(short) || type == typeof(int) || type == typeof(long))
            return Convert.ChangeType(100 + variant, type);
        if (type == typeof(decimal) || type == typeof(double) || type == typeof(float))
            return Convert.ChangeType(variant + 0.5, type);
        if (type == typeof(Guid))
            return new Guid($"00000000-0000-0000-0000-{variant + 1:D12}");
        if (type == typeof(DateTime))
            return Start.AddDays(variant);
        if (type == typeof(DateTimeOffset))
            return new DateTimeOffset(Start.AddDays(variant));
        if (type == typeof(DateOnly))
            return DateOnly.FromDateTime(Start).AddDays(variant);
        if (type == typeof(TimeOnly))
            return new TimeOnly(8 + variant % 12, 30);
        if (type == typeof(TimeSpan))
            return TimeSpan.FromMinutes(30 + variant);
        if (type == typeof(byte[]))
            return new[] { (byte)variant };
        return EmptyCollection(type)
            ?? throw new NotSupportedException($"No generated value for {type.Name} (column {column.Name}, {column.StoreType}): teach {nameof(GeneratedValue)} this type.");
    }

    static string Cropped(string text, int? maxLength) =>
        maxLength is { } max && text.Length > max ? text[^max..] : text;

    /// <summary>Primitive collections (arrays in PostgreSQL, JSON in SQLite) start empty.</summary>
    static object? EmptyCollection(Type type)
    {
        if (type.IsArray)
            return Array.CreateInstance(type.GetElementType()!, 0);
        if (!type.IsGenericType || type.GetGenericArguments().Length != 1)
            return null;
        var list = typeof(List<>).MakeGenericType(type.GetGenericArguments());
        return type.IsAssignableFrom(list) ? Activator.CreateInstance(list) : type.IsInterface ? null : Activator.CreateInstance(type);
    }
}
