using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace Passage.Core.Storage.Configurations;

internal sealed class StoredKeyVersionConfiguration : IEntityTypeConfiguration<StoredKeyVersion>
{
    public void Configure(EntityTypeBuilder<StoredKeyVersion> builder)
    {
        builder.HasKey(v => v.Name);
        builder.Property(v => v.Name).HasMaxLength(50);
    }
}
