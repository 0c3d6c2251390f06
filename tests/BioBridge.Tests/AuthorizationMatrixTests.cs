using System.Text;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Components.Endpoints;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace BioBridge.Tests;

/// <summary>
/// The authorization matrix, generated from the app's route table (minimal API endpoints and Razor component pages alike):
/// every route must say who may call it, and every route answers every persona as its policy says. A new endpoint or page
/// without explicit access metadata, or with a policy this table does not know, fails here by name.
/// </summary>
public abstract partial class AuthorizationMatrixTests<TApp>(TApp app) : IClassFixture<TApp> where TApp : BioBridgeApp
{
    const string Anonymous = "anonymous";

    /// <summary>The app, for the other parts of this class (a primary constructor's parameter is in scope in its own part only).</summary>
    TApp Host => app;

    /// <summary>Who passes each policy on the seeded data, where event X (slw-2026) is hosted by Seoul Bio Hub.</summary>
    static readonly Dictionary<string, Persona[]> Allowed = new()
    {
        [Anonymous] = Personas.All,
        [Policies.SignedIn] = Personas.All.Where(p => p != Persona.Anonymous).ToArray(),
        [Policies.Operator] = [Persona.Admin, Persona.SeoulOperator, Persona.LiangjiangOperator],
        [Policies.Admin] = [Persona.Admin],
        [Policies.OrganizationMember] = [Persona.OrgAAdmin, Persona.OrgAMember, Persona.OrgBMember],
        [Policies.EventOrganizer] = [Persona.Admin, Persona.SeoulOperator, Persona.OrganizerOfEventX],
        [Policies.EventHost] = [Persona.Admin, Persona.SeoulOperator],
        ["roles:" + Roles.Reviewer] = [Persona.Reviewer, Persona.AffiliatedReviewer],
        // Acting for an organization (issue 21): members and org admins; an affiliation without the role is no mandate.
        ["organization-member"] = [Persona.OrgAAdmin, Persona.OrgAMember, Persona.OrgBMember, Persona.DelegateAtEventX],
    };

    IReadOnlyList<RouteEndpoint> Routes() =>
        app.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();

    static bool IsPage(Endpoint endpoint) => endpoint.Metadata.GetMetadata<ComponentTypeMetadata>() is not null;

    static string Describe(RouteEndpoint endpoint) =>
        $"{string.Join(",", endpoint.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods ?? ["*"])} /{endpoint.RoutePattern.RawText?.TrimStart('/')}";

    /// <summary>
    /// The access an endpoint declares: anonymous, or its policies and roles (all must pass). Null when it declares nothing
    /// and only the fallback policy would guard it. A group's plain RequireAuthorization() adds nothing to a named policy.
    /// </summary>
    static string? Access(Endpoint endpoint)
    {
        if (endpoint.Metadata.GetMetadata<IAllowAnonymous>() is not null)
            return Anonymous;
        var declared = endpoint.Metadata.GetOrderedMetadata<IAuthorizeData>()
            .Select(d => d.Policy ?? (d.Roles is { } roles ? "roles:" + roles : Policies.SignedIn)).Distinct().ToList();
        if (declared.Count == 0)
            return null;
        var named = declared.Where(d => d != Policies.SignedIn).ToList();
        return string.Join("+", named.Count > 0 ? named : declared);
    }

    [Fact]
    public void Every_endpoint_and_page_declares_who_may_call_it()
    {
        var routes = Routes();
        routes.Count.ShouldBeGreaterThan(100);
        routes.ShouldContain(r => IsPage(r), "the Razor component pages are part of the route table");
        var undeclared = routes.Where(r => Access(r) is null).Select(Describe).ToList();
        undeclared.ShouldBeEmpty("add .RequireAuthorization(policy) or .AllowAnonymous() (pages: @attribute [Authorize(...)] or [AllowAnonymous])");
        var unknown = routes.Where(r => Access(r) is { } access && !Allowed.ContainsKey(access)).Select(r => $"{Describe(r)}: {Access(r)}").ToList();
        unknown.ShouldBeEmpty("a policy without a row in AuthorizationMatrixTests.Allowed");
    }

    /// <summary>
    /// The routes the data files do not cover (pages without a route parameter, endpoints outside the OpenAPI document such as
    /// sign-in, sign-out and the language switch) answer each persona as their policy says.
    /// </summary>
    [Fact]
    public async Task Every_route_outside_the_matrix_files_answers_each_persona_as_its_policy_says()
    {
        // Every persona signs in before this loop calls the rate-limited /account endpoints: the other tests of this app sign in no more.
        foreach (var persona in Personas.All)
            await app.ClientAsync(persona);
        var failures = new List<string>();
        foreach (var route in Routes().Where(r => !CoveredByMatrixFiles(r)))
        {
            var access = Access(route);
            if (access is null || !Allowed.TryGetValue(access, out var allowed))
                continue; // reported by Every_endpoint_and_page_declares_who_may_call_it
            var path = SeededRoutes.Path(route);
            var method = IsPage(route) ? "GET" : route.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods.FirstOrDefault() ?? "GET";
            foreach (var persona in Personas.All)
            {
                var client = await app.ClientAsync(persona);
                using var request = new HttpRequestMessage(new HttpMethod(method), path);
                if (method is not ("GET" or "DELETE" or "HEAD"))
                    request.Content = EmptyBody(route);
                using var response = await client.SendAsync(request);
                var problem = await Verdict(route, path, persona, allowed.Contains(persona), response);
                if (problem is not null)
                    failures.Add($"{method} {path} as {persona} ({access}): {problem}");
            }
        }
        failures.ShouldBeEmpty();
    }

    static bool CoveredByMatrixFiles(RouteEndpoint route) => IsPage(route)
        ? route.RoutePattern.Parameters.Count > 0
        : route.RoutePattern.RawText?.TrimStart('/').StartsWith("api/v1", StringComparison.Ordinal) == true
            && route.Metadata.GetMetadata<IExcludeFromDescriptionMetadata>() is not { ExcludeFromDescription: true };

    /// <summary>An empty body of the content type the endpoint accepts (routing answers 415 to any other, before authorization).</summary>
    static HttpContent EmptyBody(Endpoint endpoint)
    {
        var accepts = endpoint.Metadata.GetMetadata<IAcceptsMetadata>()?.ContentTypes ?? [];
        if (accepts.Contains("multipart/form-data"))
            return new MultipartFormDataContent { { new StringContent(""), "empty" } };
        if (accepts.Contains("application/x-www-form-urlencoded"))
            return new FormUrlEncodedContent([]);
        return new StringContent("{}", Encoding.UTF8, "application/json");
    }

    /// <summary>
    /// Null when the answer fits the policy. Denied: the API answers 401 (anonymous) or 403 with no detail, a page redirects
    /// to sign-in or to the denied page. Allowed: anything but those denials (an endpoint open to anonymous callers may still
    /// answer 401 to one without its other credential, such as a calendar token); never a server error.
    /// </summary>
    static async Task<string?> Verdict(RouteEndpoint route, string path, Persona persona, bool allowed, HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status >= 500)
            return $"server error {status}: {body[..Math.Min(body.Length, 300)]}";
        var location = response.Headers.Location?.OriginalString ?? "";
        var isApi = path.StartsWith("/api/", StringComparison.Ordinal) && !IsPage(route);
        // A use case's own 403 explains itself (problem details with a detail); the policy's says nothing.
        var policyDenied = isApi
            ? status == 401 || (status == 403 && !body.Contains("\"detail\"", StringComparison.Ordinal))
            : status == 302 && (location.Contains("/account/sign-in", StringComparison.Ordinal) || location.Contains("/account/denied", StringComparison.Ordinal));
        if (allowed)
            return policyDenied && !(persona == Persona.Anonymous && status == 401) ? $"denied ({status} {location}) though the policy allows it" : null;
        if (!policyDenied)
            return $"answered {status} though the policy denies it: {body[..Math.Min(body.Length, 200)]}";
        var expected = persona == Persona.Anonymous ? (isApi ? "401" : "/account/sign-in") : (isApi ? "403" : "/account/denied");
        return (isApi ? status.ToString() == expected : location.Contains(expected, StringComparison.Ordinal))
            ? null
            : $"denied with {status} {location}, expected {expected}";
    }
}
