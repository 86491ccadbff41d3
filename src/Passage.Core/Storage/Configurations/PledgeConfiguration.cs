using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Cases;
using Passage.Core.Pledges;
using Passage.Core.Priorities;

namespace Passage.Core.Storage.Configurations;

internal sealed class PledgeConfiguration : IEntityTypeConfiguration<Pledge>
{
    public void Configure(EntityTypeBuilder<Pledge> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Note).HasMaxLength(1000);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.Ignore(p => p.Places);
        builder.HasIndex(p => p.CountryCode);
        builder.HasMany(p => p.Raises).WithOne().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Raises).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasOne<PledgeCounter>().WithOne().HasForeignKey<PledgeCounter>(c => c.PledgeId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PledgeRaiseConfiguration : IEntityTypeConfiguration<PledgeRaise>
{
    public void Configure(EntityTypeBuilder<PledgeRaise> builder)
    {
        builder.Property(r => r.Reason).HasMaxLength(500);
        builder.Property(r => r.RecordedByName).HasMaxLength(256);
        builder.ToTable(t => t.HasCheckConstraint("CK_PledgeRaises_Places", "\"Places\" > 0"));
    }
}

internal sealed class PledgeCounterConfiguration : IEntityTypeConfiguration<PledgeCounter>
{
    public void Configure(EntityTypeBuilder<PledgeCounter> builder)
    {
        builder.HasKey(c => c.PledgeId);
        builder.ToTable(t => t.HasCheckConstraint("CK_PledgeCounters_NotOverAccepted", "\"Accepted\" >= 0 AND \"Accepted\" <= \"Places\""));
    }
}

internal sealed class ReferralConfiguration : IEntityTypeConfiguration<Referral>
{
    public void Configure(EntityTypeBuilder<Referral> builder)
    {
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.ReferredByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.IsWithCountry);
        builder.Ignore(r => r.IsActive);
        builder.HasIndex(r => r.CaseId);
        builder.HasIndex(r => new { r.CountryCode, r.Status });
        builder.HasIndex(r => new { r.PledgeId, r.Status });
        builder.HasOne<Case>().WithMany().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Pledge>().WithMany().HasForeignKey(r => r.PledgeId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Decisions).WithOne().HasForeignKey(d => d.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(r => r.Clearances).WithOne().HasForeignKey(c => c.ReferralId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Decisions).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(r => r.Clearances).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ReferralDecisionConfiguration : IEntityTypeConfiguration<ReferralDecision>
{
    public void Configure(EntityTypeBuilder<ReferralDecision> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
    }
}

internal sealed class ExitClearanceConfiguration : IEntityTypeConfiguration<ExitClearance>
{
    public void Configure(EntityTypeBuilder<ExitClearance> builder)
    {
        builder.Property(c => c.Note).HasMaxLength(1000);
        builder.Property(c => c.RecordedByName).HasMaxLength(256);
    }
}

internal sealed class PriorityWeightsConfiguration : IEntityTypeConfiguration<PriorityWeights>
{
    public void Configure(EntityTypeBuilder<PriorityWeights> builder)
    {
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.Property(w => w.UpdatedByName).HasMaxLength(256);
        builder.Ignore(w => w.Values);
        builder.HasData(PriorityWeights.Defaults);
    }
}
