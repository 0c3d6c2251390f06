using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using BioBridge.Features.Accounts;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;

namespace BioBridge.Data;

/// <summary>
/// The one model of the application. Each provider has its own subclass so that each keeps
/// its own migrations (Data/Migrations/Sqlite, Data/Migrations/Postgres), as the EF Core docs
/// prescribe for multiple providers.
/// </summary>
public abstract class AppDb(DbContextOptions options) : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    /// <summary>ASP.NET Core data-protection keys, shared by every node so a cookie issued by one is valid on all.</summary>
    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Features.Directory.Cluster> Clusters => Set<Features.Directory.Cluster>();
    public DbSet<Features.Directory.Organization> Organizations => Set<Features.Directory.Organization>();
    public DbSet<Features.Directory.OrganizationSector> OrganizationSectors => Set<Features.Directory.OrganizationSector>();
    public DbSet<Features.Directory.TaxonomyConcept> Concepts => Set<Features.Directory.TaxonomyConcept>();
    public DbSet<Features.Cooperation.Agreement> Agreements => Set<Features.Cooperation.Agreement>();
    public DbSet<Features.Cooperation.AgreementDocument> AgreementDocuments => Set<Features.Cooperation.AgreementDocument>();
    public DbSet<Features.Cooperation.Commitment> Commitments => Set<Features.Cooperation.Commitment>();
    public DbSet<Features.Cooperation.JointProject> JointProjects => Set<Features.Cooperation.JointProject>();
    public DbSet<Features.Cooperation.ProjectPartner> ProjectPartners => Set<Features.Cooperation.ProjectPartner>();
    public DbSet<Features.Cooperation.Deal> Deals => Set<Features.Cooperation.Deal>();
    public DbSet<Features.Cooperation.DealParty> DealParties => Set<Features.Cooperation.DealParty>();
    public DbSet<Features.Cooperation.ActivityDay> ActivityDays => Set<Features.Cooperation.ActivityDay>();
    public DbSet<Features.Cooperation.ExchangeRate> ExchangeRates => Set<Features.Cooperation.ExchangeRate>();
    public DbSet<Features.Cooperation.Introduction> Introductions => Set<Features.Cooperation.Introduction>();
    public DbSet<Features.Cooperation.ScoutingPipeline> ScoutingPipelines => Set<Features.Cooperation.ScoutingPipeline>();
    public DbSet<Features.Cooperation.WatchlistEntry> WatchlistEntries => Set<Features.Cooperation.WatchlistEntry>();
    public DbSet<Features.Cooperation.ScoutingFacts> ScoutingFacts => Set<Features.Cooperation.ScoutingFacts>();
    public DbSet<Features.Events.Event> Events => Set<Features.Events.Event>();
    public DbSet<Features.Events.EventOrganizer> EventOrganizers => Set<Features.Events.EventOrganizer>();
    public DbSet<Features.Opportunities.Opportunity> Opportunities => Set<Features.Opportunities.Opportunity>();
    public DbSet<Features.Opportunities.ExpressionOfInterest> ExpressionsOfInterest => Set<Features.Opportunities.ExpressionOfInterest>();
    public DbSet<Features.Partnering.EventSlot> EventSlots => Set<Features.Partnering.EventSlot>();
    public DbSet<Features.Partnering.EventLocation> EventLocations => Set<Features.Partnering.EventLocation>();
    public DbSet<Features.Partnering.Interpreter> Interpreters => Set<Features.Partnering.Interpreter>();
    public DbSet<Features.Partnering.EventDelegate> Delegates => Set<Features.Partnering.EventDelegate>();
    public DbSet<Features.Partnering.MeetingRequest> MeetingRequests => Set<Features.Partnering.MeetingRequest>();
    public DbSet<Features.Partnering.SchedulingRun> SchedulingRuns => Set<Features.Partnering.SchedulingRun>();
    public DbSet<Features.Partnering.Meeting> Meetings => Set<Features.Partnering.Meeting>();
    public DbSet<Features.Partnering.MeetingSeat> MeetingSeats => Set<Features.Partnering.MeetingSeat>();
    public DbSet<Features.Partnering.Notification> Notifications => Set<Features.Partnering.Notification>();
    public DbSet<Features.Reviews.Call> Calls => Set<Features.Reviews.Call>();
    public DbSet<Features.Reviews.Submission> Submissions => Set<Features.Reviews.Submission>();
    public DbSet<Features.Reviews.SubmissionPartner> SubmissionPartners => Set<Features.Reviews.SubmissionPartner>();
    public DbSet<Features.Reviews.SubmissionAttachment> SubmissionAttachments => Set<Features.Reviews.SubmissionAttachment>();
    public DbSet<Features.Reviews.Review> Reviews => Set<Features.Reviews.Review>();
    public DbSet<Features.Reviews.ReviewerConflict> ReviewerConflicts => Set<Features.Reviews.ReviewerConflict>();
    public DbSet<Features.Partnering.MeetingFollowUp> MeetingFollowUps => Set<Features.Partnering.MeetingFollowUp>();
    public DbSet<Features.Partnering.Exhibitor> Exhibitors => Set<Features.Partnering.Exhibitor>();
    public DbSet<Features.Partnering.Delegation> Delegations => Set<Features.Partnering.Delegation>();
    public DbSet<Features.Messaging.MessageThread> MessageThreads => Set<Features.Messaging.MessageThread>();
    public DbSet<Features.Messaging.Message> Messages => Set<Features.Messaging.Message>();
    public DbSet<Features.Messaging.MessageAttachment> MessageAttachments => Set<Features.Messaging.MessageAttachment>();
    public DbSet<Features.Messaging.ThreadReadMarker> ThreadReadMarkers => Set<Features.Messaging.ThreadReadMarker>();
    public DbSet<Features.Messaging.MessageDigestMark> MessageDigestMarks => Set<Features.Messaging.MessageDigestMark>();
    public DbSet<Features.Messaging.ReminderSettings> ReminderSettings => Set<Features.Messaging.ReminderSettings>();
    public DbSet<Features.Messaging.SentReminder> SentReminders => Set<Features.Messaging.SentReminder>();
    public DbSet<Features.Publishing.Revision> Revisions => Set<Features.Publishing.Revision>();
    public DbSet<Features.Partnering.MeetingPreference> MeetingPreferences => Set<Features.Partnering.MeetingPreference>();
    public DbSet<Features.Partnering.ParticipantTypeCap> ParticipantTypeCaps => Set<Features.Partnering.ParticipantTypeCap>();
    public DbSet<Shared.TranslationMemoryEntry> TranslationMemoryEntries => Set<Shared.TranslationMemoryEntry>();
    public DbSet<Shared.TranslationJob> TranslationJobs => Set<Shared.TranslationJob>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(AppDb).Assembly);
    }
}
