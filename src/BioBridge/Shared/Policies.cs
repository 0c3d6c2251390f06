namespace BioBridge.Shared;

/// <summary>The authorization policies' names; the features that own them register them (AccountsFeature, EventsFeature).</summary>
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
