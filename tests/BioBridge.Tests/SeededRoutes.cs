using System.Text;
using Microsoft.AspNetCore.Routing;
using Microsoft.AspNetCore.Routing.Patterns;

namespace BioBridge.Tests;

/// <summary>Concrete paths for the app's route patterns, filled with values that exist in the seeded demo data.</summary>
public static class SeededRoutes
{
    /// <summary>A concrete path for a route pattern, with realistic values from the seeded data.</summary>
    public static string Path(RouteEndpoint route)
    {
        var path = new StringBuilder();
        string? previous = null;
        foreach (var segment in route.RoutePattern.PathSegments)
        {
            var text = new StringBuilder();
            foreach (var part in segment.Parts)
            {
                if (part is RoutePatternLiteralPart literal)
                    text.Append(literal.Content);
                else if (part is RoutePatternParameterPart parameter && Value(parameter, previous) is { } value)
                    text.Append(Uri.EscapeDataString(value));
            }
            if (text.Length == 0)
                continue;
            path.Append('/').Append(text);
            previous = text.ToString();
        }
        return path.Length == 0 ? "/" : path.ToString();
    }

    public static string? Value(RoutePatternParameterPart parameter, string? previous)
    {
        if (parameter.IsCatchAll || parameter.IsOptional)
            return null;
        return (parameter.Name.ToLowerInvariant(), previous) switch
        {
            ("slug", "events") => Personas.EventX,
            ("slug", "calls") => "sbh-liangjiang-joint-rd",
            ("slug", "agreements") => "sbh-liangjiang-mou-2024",
            ("id", "clusters") => "seoul-bio-hub",
            ("externalid", _) => Personas.OrgA,
            ("kind", _) => "deals",
            ("culture", _) => "en",
            ("documentname", _) => "v1",
            ("userid", _) => "not-an-organizer",
            _ => "1",
        };
    }
}
