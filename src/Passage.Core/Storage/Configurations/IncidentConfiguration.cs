using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Common;
using Passage.Core.Incidents;
using Passage.Core.Registry;

namespace Passage.Core.Storage.Configurations;

internal sealed class IncidentConfiguration : IEntityTypeConfiguration<Incident>
{
    public void Configure(EntityTypeBuilder<Incident> builder)
    {
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.Property(i => i.Location).HasMaxLength(TextRules.LineLength);
        builder.Property(i => i.Description).HasMaxLength(TextRules.NoteLength);
        builder.Property(i => i.Sources).HasMaxLength(TextRules.NoteLength);
        builder.Property(i => i.RecordedByName).HasMaxLength(256);
        builder.Property(i => i.Version).IsConcurrencyToken();
        builder.HasMany(i => i.Casualties).WithOne().HasForeignKey(c => c.IncidentId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(i => i.Casualties).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(i => i.OccurredAt);
    }
}

internal sealed class CasualtyConfiguration : IEntityTypeConfiguration<Casualty>
{
    public void Configure(EntityTypeBuilder<Casualty> builder)
    {
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.MedicalFollowUp).HasMaxLength(TextRules.NoteLength);
        builder.Property(c => c.RecordedByName).HasMaxLength(256);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.IncidentId, c.PersonId }).IsUnique();
        builder.HasIndex(c => new { c.PersonId, c.Outcome });
    }
}
