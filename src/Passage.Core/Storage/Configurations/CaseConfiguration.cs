using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Cases;

namespace Passage.Core.Storage.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.CaseNumber).HasMaxLength(20);
        builder.HasIndex(c => c.CaseNumber).IsUnique();

        // The dashboard's pipeline: cases and members per stage, and the wait at a rank within a stage, read from the index alone.
        builder.HasIndex(c => new { c.Status, c.StageSince, c.Id, c.Members });

        // The case list's default order, waiting longest first, walked from the index a page at a time.
        builder.HasIndex(c => new { c.StageSince, c.CaseNumber });

        // The pledges' figures: the status of each referred case, read from the index alone.
        builder.HasIndex(c => new { c.Id, c.Status });
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.HasMany(c => c.Events).WithOne().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(c => c.Events).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.Property(e => e.Reason).HasMaxLength(1000);
        builder.Property(e => e.RegistrationNumber).HasMaxLength(20);
        builder.Property(e => e.ActorUserId).HasMaxLength(450);
        builder.Property(e => e.ActorName).HasMaxLength(256);
        builder.HasIndex(e => new { e.CaseId, e.At });

        // The dashboard: who left the camp since a date, read from the index alone.
        builder.HasIndex(e => new { e.ToStatus, e.At });
    }
}
