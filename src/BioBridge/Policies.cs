using Microsoft.Extensions.Configuration.Json;
using Microsoft.Extensions.FileProviders;
using BioBridge.Features.Operations;
using BioBridge.Site;
using BioBridge.Data;
using BioBridge.Features.Accounts;
using BioBridge.Features.Cooperation;
using BioBridge.Features.Demo;
using BioBridge.Features.Directory;
using BioBridge.Features.Events;
using BioBridge.Features.Messaging;
using BioBridge.Features.Reminders;
using BioBridge.Features.Opportunities;
using BioBridge.Features.Partnering;
using BioBridge.Features.Publishing;
using BioBridge.Features.Reviews;
using BioBridge.Features.Search;
using BioBridge.Shared.Resources;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Localization;
using System.Threading.RateLimiting;
using Scalar.AspNetCore;

namespace BioBridge;

public static class Policies
{
    /// <summary>Platform admins and cluster operators; data is then filtered to the operator's cluster by the feature.</summary>
    public const string Operator = "operator";
    public const string Admin = "admin";
    /// <summary>Any signed-in user; the feature filters what they may read to their organization, assignments or events.</summary>
    public const string SignedIn = "signed-in";
    /// <summary>Acts for an organization: members and organization admins (a reviewer's affiliation is no mandate).</summary>
    public const string OrganizationMember = "organization-member";
    /// <summary>Runs the event named by the route's slug: admins, the host cluster's operators, its assigned organizers.</summary>
    public const string EventOrganizer = "event-organizer";
    /// <summary>Hosts the event named by the route's slug (admins, the host cluster's operators): assigns its organizers.</summary>
    public const string EventHost = "event-host";
}
