using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Reinscription.Domain.Billing;
using Reinscription.Domain.Campaigns;
using Reinscription.Domain.Changes;
using Reinscription.Domain.Courses;
using Reinscription.Domain.Documents;
using Reinscription.Domain.Families;
using Reinscription.Domain.Sites;
using Reinscription.Domain.Staff;
using Reinscription.Domain.Tariffs;
using Reinscription.Web.Accounts;
using Reinscription.Web.Audit;
using Reinscription.Web.Email;
using Reinscription.Web.FamilyImport;
using Reinscription.Web.Jobs;
using Reinscription.Web.Launch;

namespace Reinscription.Web.Data;

public class ReinscriptionDbContext(DbContextOptions<ReinscriptionDbContext> options)
    : IdentityDbContext<AppUser>(options), IDataProtectionKeyContext
{
    public DbSet<Site> Sites => Set<Site>();

    public DbSet<Family> Families => Set<Family>();

    public DbSet<Student> Students => Set<Student>();

    public DbSet<SchoolYear> SchoolYears => Set<SchoolYear>();

    public DbSet<Discipline> Disciplines => Set<Discipline>();

    public DbSet<Cycle> Cycles => Set<Cycle>();

    public DbSet<Course> Courses => Set<Course>();

    public DbSet<Enrollment> Enrollments => Set<Enrollment>();

    public DbSet<RepertoirePiece> RepertoirePieces => Set<RepertoirePiece>();

    public DbSet<ReenrollmentCampaign> Campaigns => Set<ReenrollmentCampaign>();

    public DbSet<ReenrollmentRequest> ReenrollmentRequests => Set<ReenrollmentRequest>();

    public DbSet<CourseChoice> CourseChoices => Set<CourseChoice>();

    public DbSet<WaitlistEntry> WaitlistEntries => Set<WaitlistEntry>();

    public DbSet<DocumentRequirement> DocumentRequirements => Set<DocumentRequirement>();

    public DbSet<SubmittedDocument> SubmittedDocuments => Set<SubmittedDocument>();

    public DbSet<StoredFile> StoredFiles => Set<StoredFile>();

    public DbSet<TariffGrid> TariffGrids => Set<TariffGrid>();

    public DbSet<Invoice> Invoices => Set<Invoice>();

    public DbSet<PendingChange> PendingChanges => Set<PendingChange>();

    public DbSet<StaffMember> StaffMembers => Set<StaffMember>();

    public DbSet<OutboxMessage> Outbox => Set<OutboxMessage>();

    public DbSet<AuditEntry> AuditLog => Set<AuditEntry>();

    public DbSet<AccountSession> Sessions => Set<AccountSession>();

    public DbSet<ImportFile> ImportFiles => Set<ImportFile>();

    public DbSet<LaunchMailing> LaunchMailings => Set<LaunchMailing>();

    public DbSet<LaunchLink> LaunchLinks => Set<LaunchLink>();

    public DbSet<JobRun> JobRuns => Set<JobRun>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);

        // The staff's searches on names ignore accents ("lefevre" finds Lefèvre): a trusted extension, which
        // the database owner may create without being a superuser.
        builder.HasPostgresExtension("unaccent");
        builder.ApplyConfigurationsFromAssembly(typeof(ReinscriptionDbContext).Assembly);
        builder.HasSequence<long>(Configurations.WaitlistEntryConfiguration.PositionSequence);
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums are stored as their names so that the database reads on its own and a reordered
        // enum cannot silently change what a row means.
        var enums = typeof(Site).Assembly.GetTypes().Where(t => t.IsEnum);
        foreach (var type in enums)
        {
            configurationBuilder.Properties(type).HaveConversion<string>().HaveMaxLength(64);
        }
    }
}
