using BioBridge.Shared.Resources;
using System.Collections.Concurrent;
using System.Globalization;
using System.Reflection;
using Microsoft.AspNetCore.Components;
using Microsoft.AspNetCore.Components.Endpoints;

namespace BioBridge.Shared;

/// <summary>
/// Blazor binds [SupplyParameterFromQuery] values by type and throws on one that does not parse (?page=abc), a server error;
/// this answers 400 naming the parameter instead, before the page renders. String parameters are the page's own business.
/// </summary>
public static class PageQueryValidation
{
    sealed record TypedParameter(string Name, Type Type, bool AllowsEmpty);

    static readonly ConcurrentDictionary<Type, TypedParameter[]> Parameters = new();

    public static IApplicationBuilder UsePageQueryValidation(this IApplicationBuilder app) => app.Use(async (http, next) =>
    {
        if (http.GetEndpoint()?.Metadata.GetMetadata<ComponentTypeMetadata>() is { } page && Problem(page.Type, http.Request.Query) is { } problem)
        {
            await Results.Problem(problem, statusCode: StatusCodes.Status400BadRequest).ExecuteAsync(http);
            return;
        }
        await next();
    });

    static string? Problem(Type page, IQueryCollection query)
    {
        foreach (var parameter in Parameters.GetOrAdd(page, TypedParametersOf))
            if (query.TryGetValue(parameter.Name, out var values))
                foreach (var value in values)
                    if (string.IsNullOrEmpty(value) ? !parameter.AllowsEmpty : !Parses(value, parameter.Type))
                        return Text.Say($"Query parameter '{parameter.Name}': '{value}' is not a valid {parameter.Type.Name}.");
        return null;
    }

    static TypedParameter[] TypedParametersOf(Type page) =>
        page.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Select(p => (Property: p, Query: p.GetCustomAttribute<SupplyParameterFromQueryAttribute>()))
            .Where(x => x.Query is not null)
            .Select(x =>
            {
                var type = x.Property.PropertyType.IsArray ? x.Property.PropertyType.GetElementType()! : x.Property.PropertyType;
                var underlying = Nullable.GetUnderlyingType(type);
                return new TypedParameter(x.Query!.Name ?? x.Property.Name, underlying ?? type, underlying is not null || !type.IsValueType);
            })
            .Where(p => p.Type != typeof(string))
            .ToArray();

    static bool Parses(string value, Type type)
    {
        var invariant = CultureInfo.InvariantCulture;
        return type switch
        {
            _ when type == typeof(int) => int.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(long) => long.TryParse(value, NumberStyles.Integer, invariant, out _),
            _ when type == typeof(bool) => bool.TryParse(value, out _),
            _ when type == typeof(double) => double.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(float) => float.TryParse(value, NumberStyles.Float, invariant, out _),
            _ when type == typeof(decimal) => decimal.TryParse(value, NumberStyles.Number, invariant, out _),
            _ when type == typeof(Guid) => Guid.TryParse(value, out _),
            _ when type == typeof(DateTime) => DateTime.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(DateOnly) => DateOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ when type == typeof(TimeOnly) => TimeOnly.TryParse(value, invariant, DateTimeStyles.None, out _),
            _ => true,
        };
    }
}
