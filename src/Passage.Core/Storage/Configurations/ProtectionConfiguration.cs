using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Cases;
using Passage.Core.Protection;
using Passage.Core.Storage.Encryption;

namespace Passage.Core.Storage.Configurations;

internal sealed class WalkOutConfiguration : IEntityTypeConfiguration<WalkOut>
{
    public void Configure(EntityTypeBuilder<WalkOut> builder)
    {
        builder.ToTable("WalkOuts");
        builder.HasKey(w => w.Id);
        builder.Property(w => w.Id).ValueGeneratedNever();
        builder.HasIndex(w => w.CaseId).IsUnique();
        builder.HasIndex(w => w.LeftOn);
        builder.Property(w => w.Whereabouts).IsSealed();
        builder.Property(w => w.ResponsibleOfficerId).HasMaxLength(450);
        builder.Property(w => w.ResponsibleOfficerName).HasMaxLength(256);
        builder.Property(w => w.RecordedByUserId).HasMaxLength(450);
        builder.HasOne<Case>().WithMany().HasForeignKey(w => w.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class RepatriationProgressConfiguration : IEntityTypeConfiguration<RepatriationProgress>
{
    public void Configure(EntityTypeBuilder<RepatriationProgress> builder)
    {
        builder.ToTable("RepatriationProgress");
        builder.HasKey(p => p.Id);
        builder.HasIndex(p => p.CaseId);
        builder.Property(p => p.Note).HasMaxLength(2000);
        builder.Property(p => p.RecordedByName).HasMaxLength(256);
        builder.Ignore(p => p.Clears);
        builder.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
    }
}
