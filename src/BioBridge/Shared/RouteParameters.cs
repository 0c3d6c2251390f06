using System.Text.RegularExpressions;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace BioBridge.Shared;

/// <summary>
/// Every {name} of an operation's route is a path parameter of the OpenAPI document, also where the handler takes
/// the resolved value (an event, an actor) instead of the raw route value, so generated clients still send it.
/// </summary>
public static partial class RouteParameters
{
    public static Task AddMissing(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        var route = context.Description.RelativePath ?? "";
        operation.Parameters ??= [];
        foreach (Match match in Placeholder().Matches(route))
        {
            var name = match.Groups["name"].Value;
            if (operation.Parameters.Any(p => p.In == ParameterLocation.Path && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase)))
                continue;
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Path,
                Required = true,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }
        return Task.CompletedTask;
    }

    [GeneratedRegex(@"\{(?<name>[A-Za-z][A-Za-z0-9]*)(:[^}]*)?\}")]
    private static partial Regex Placeholder();
}
