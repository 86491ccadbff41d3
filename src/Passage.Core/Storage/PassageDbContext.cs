using Microsoft.AspNetCore.DataProtection.EntityFrameworkCore;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Audit.BreakGlass;
using Passage.Core.Cases;
using Passage.Core.Incidents;
using Passage.Core.Interviews;
using Passage.Core.Movements;
using Passage.Core.Pledges;
using Passage.Core.Priorities;
using Passage.Core.Registry;
using Passage.Core.Registry.Matching;
using Passage.Core.Screening;
using Passage.Core.Storage.Encryption;
using Passage.Core.Verification;

namespace Passage.Core.Storage;

/// <summary>The one database context of Passage, used directly by the use cases (no repository layer).</summary>
public class PassageDbContext(DbContextOptions<PassageDbContext> options) : IdentityDbContext<PassageUser>(options), IDataProtectionKeyContext
{
    public DbSet<Person> Persons => Set<Person>();

    public DbSet<PersonAlias> PersonAliases => Set<PersonAlias>();

    public DbSet<PersonNeed> PersonNeeds => Set<PersonNeed>();

    public DbSet<PersonSearchKey> PersonSearchKeys => Set<PersonSearchKey>();

    public DbSet<FamilyLink> FamilyLinks => Set<FamilyLink>();

    public DbSet<DistinctPersons> DistinctPersons => Set<DistinctPersons>();

    public DbSet<DuplicateReview> DuplicateReviews => Set<DuplicateReview>();

    public DbSet<DuplicateScan> DuplicateScans => Set<DuplicateScan>();

    public DbSet<Case> Cases => Set<Case>();

    public DbSet<CaseEvent> CaseEvents => Set<CaseEvent>();

    public DbSet<AuditEntry> AuditEntries => Set<AuditEntry>();

    public DbSet<AuditChainHead> AuditChainHeads => Set<AuditChainHead>();

    public DbSet<AuditVerification> AuditVerifications => Set<AuditVerification>();

    public DbSet<BreakGlassGrant> BreakGlassGrants => Set<BreakGlassGrant>();

    public DbSet<ApiToken> ApiTokens => Set<ApiToken>();

    public DbSet<RoleChange> RoleChanges => Set<RoleChange>();

    public DbSet<NumberSequence> NumberSequences => Set<NumberSequence>();

    public DbSet<StoredKeyVersion> StoredKeyVersions => Set<StoredKeyVersion>();

    public DbSet<Interview> Interviews => Set<Interview>();

    public DbSet<CountryPreference> CountryPreferences => Set<CountryPreference>();

    public DbSet<ThirdPartyList> ThirdPartyLists => Set<ThirdPartyList>();

    public DbSet<ThirdPartyListEntry> ThirdPartyListEntries => Set<ThirdPartyListEntry>();

    public DbSet<ProtectionFlagReview> ProtectionFlagReviews => Set<ProtectionFlagReview>();

    public DbSet<Pledge> Pledges => Set<Pledge>();

    public DbSet<PledgeRaise> PledgeRaises => Set<PledgeRaise>();

    public DbSet<PledgeCounter> PledgeCounters => Set<PledgeCounter>();

    public DbSet<Referral> Referrals => Set<Referral>();

    public DbSet<ReferralDecision> ReferralDecisions => Set<ReferralDecision>();

    public DbSet<ExitClearance> ExitClearances => Set<ExitClearance>();

    public DbSet<PriorityWeights> PriorityWeights => Set<PriorityWeights>();

    public DbSet<Movement> Movements => Set<Movement>();

    public DbSet<MovementSeats> MovementSeats => Set<MovementSeats>();

    public DbSet<Booking> Bookings => Set<Booking>();

    public DbSet<Passenger> Passengers => Set<Passenger>();

    public DbSet<TravelDocument> TravelDocuments => Set<TravelDocument>();

    public DbSet<ManifestVersion> ManifestVersions => Set<ManifestVersion>();

    public DbSet<Incident> Incidents => Set<Incident>();

    public DbSet<Casualty> Casualties => Set<Casualty>();

    public DbSet<VerificationRequest> VerificationRequests => Set<VerificationRequest>();

    public DbSet<VerificationCandidate> VerificationCandidates => Set<VerificationCandidate>();

    public DbSet<VerificationFlag> VerificationFlags => Set<VerificationFlag>();

    public DbSet<ScreeningList> ScreeningLists => Set<ScreeningList>();

    public DbSet<ScreeningEntry> ScreeningEntries => Set<ScreeningEntry>();

    public DbSet<ScreeningImport> ScreeningImports => Set<ScreeningImport>();

    public DbSet<ScreeningHit> ScreeningHits => Set<ScreeningHit>();

    public DbSet<DataProtectionKey> DataProtectionKeys => Set<DataProtectionKey>();

    public DbSet<Idempotency.IdempotencyRecord> IdempotencyRecords => Set<Idempotency.IdempotencyRecord>();

    public bool IsSqlite => Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite";

    protected override void OnModelCreating(ModelBuilder builder)
    {
        base.OnModelCreating(builder);
        builder.ApplyConfigurationsFromAssembly(typeof(PassageDbContext).Assembly);
        FieldEncryption.Apply(builder, FieldEncryption.CipherOf(this));
        if (!IsSqlite)
        {
            // Prefix search compares keys as ranges; that needs byte order, whatever the database's default collation.
            builder.Entity<PersonSearchKey>().Property(k => k.Key).UseCollation("C");
        }
    }

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // SQLite cannot order or compare DateTimeOffset stored as text; store UTC ticks there instead.
        if (Database.ProviderName == "Microsoft.EntityFrameworkCore.Sqlite")
        {
            configurationBuilder.Properties<DateTimeOffset>().HaveConversion<DateTimeOffsetToBinaryConverter>();
        }
    }
}
