using Microsoft.AspNetCore.OpenApi;
using Microsoft.AspNetCore.Routing.Patterns;
using Microsoft.OpenApi;

namespace BioBridge.Shared;

/// <summary>
/// Every {name} of an operation's route is a path parameter of the OpenAPI document, also where the handler takes
/// the resolved value (an event, an actor) instead of the raw route value, so generated clients still send it.
/// </summary>
public static class RouteParameters
{
    public static Task AddMissing(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken ct)
    {
        operation.Parameters ??= [];
        foreach (var name in RoutePatternFactory.Parse(context.Description.RelativePath ?? "").Parameters.Select(p => p.Name))
        {
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
}
