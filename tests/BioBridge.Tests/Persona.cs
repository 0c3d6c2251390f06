namespace BioBridge.Tests;

/// <summary>Everyone who uses the platform, each with a scope that the others must not cross.</summary>
public enum Persona
{
    Anonymous,
    Admin,
    SeoulOperator,
    LiangjiangOperator,
    OrgAAdmin,
    OrgAMember,
    OrgBMember,
    OrganizerOfEventX,
    /// <summary>A reviewer without an organization (reviewer.kim).</summary>
    Reviewer,
    /// <summary>A reviewer whose account names an organization (reviewer.wang of Yuxin Clinical) but holds no member role: the affiliation is no membership.</summary>
    AffiliatedReviewer,
    /// <summary>The organizer of event Y, a Liangjiang-hosted event the tests add; nothing of event X is theirs.</summary>
    OrganizerOfEventY,
    /// <summary>A member of Hanui Cell, an organization other than A registered at event X.</summary>
    DelegateAtEventX,
}
