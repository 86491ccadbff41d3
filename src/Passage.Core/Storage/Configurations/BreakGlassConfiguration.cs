using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Audit.BreakGlass;

namespace Passage.Core.Storage.Configurations;

internal sealed class BreakGlassGrantConfiguration : IEntityTypeConfiguration<BreakGlassGrant>
{
    public void Configure(EntityTypeBuilder<BreakGlassGrant> builder)
    {
        builder.Property(g => g.Id).ValueGeneratedNever();
        builder.Property(g => g.UserId).HasMaxLength(450);
        builder.Property(g => g.UserName).HasMaxLength(256);
        builder.Property(g => g.Reason).HasMaxLength(BreakGlassText.MaxLength);
        builder.Property(g => g.ReviewedBy).HasMaxLength(256);
        builder.Property(g => g.ReviewNote).HasMaxLength(BreakGlassText.MaxLength);

        // Two auditors reviewing the same grant at once: the second finds it reviewed.
        builder.Property(g => g.ReviewedAt).IsConcurrencyToken();
        builder.HasIndex(g => new { g.UserId, g.RecordKind, g.RecordId, g.ExpiresAt });
        builder.HasIndex(g => new { g.ReviewedAt, g.GrantedAt });
    }
}
