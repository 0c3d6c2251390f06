namespace BioBridge.Shared;

/// <summary>Whether a request authenticates with an access token rather than the sign-in cookie.</summary>
public static class BearerHeader
{
    public static bool IsCarriedBy(HttpRequest request) =>
        request.Headers.Authorization.ToString().StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase);
}
