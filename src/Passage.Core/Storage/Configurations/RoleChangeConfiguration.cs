using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Accounts;

namespace Passage.Core.Storage.Configurations;

internal sealed class RoleChangeConfiguration : IEntityTypeConfiguration<RoleChange>
{
    public void Configure(EntityTypeBuilder<RoleChange> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.UserId).HasMaxLength(450);
        builder.Property(c => c.UserName).HasMaxLength(256);
        builder.Property(c => c.Role).HasMaxLength(64);
        builder.Property(c => c.RequestedById).HasMaxLength(450);
        builder.Property(c => c.RequestedByName).HasMaxLength(256);
        builder.Property(c => c.DecidedById).HasMaxLength(450);
        builder.Property(c => c.DecidedByName).HasMaxLength(256);
        builder.Property(c => c.ReviewedById).HasMaxLength(450);
        builder.Property(c => c.ReviewedByName).HasMaxLength(256);
        builder.HasIndex(c => new { c.State, c.RequestedAt });
        builder.HasIndex(c => c.UserId);
        builder.HasOne<PassageUser>().WithMany().HasForeignKey(c => c.UserId).OnDelete(DeleteBehavior.Cascade);
    }
}
