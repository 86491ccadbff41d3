using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Screening;

namespace Passage.Core.Storage.Configurations;

internal sealed class ScreeningListConfiguration : IEntityTypeConfiguration<ScreeningList>
{
    public void Configure(EntityTypeBuilder<ScreeningList> builder)
    {
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Name).HasMaxLength(TextRules.LineLength);
        builder.Property(l => l.Source).HasMaxLength(TextRules.LineLength);
        builder.Property(l => l.Reference).HasMaxLength(TextRules.LineLength);
        builder.Property(l => l.ImportedByName).HasMaxLength(256);
        builder.Property(l => l.Version).IsConcurrencyToken();
    }
}

internal sealed class ScreeningEntryConfiguration : IEntityTypeConfiguration<ScreeningEntry>
{
    public void Configure(EntityTypeBuilder<ScreeningEntry> builder)
    {
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Reference).HasMaxLength(TextRules.LineLength);
        builder.Property(e => e.Name).HasMaxLength(TextRules.NameLength);
        builder.Property(e => e.Aliases).HasMaxLength(TextRules.NoteLength);
        builder.Property(e => e.Nationality).HasMaxLength(TextRules.NameLength);
        builder.Property(e => e.FatherName).HasMaxLength(TextRules.NameLength);
        builder.Property(e => e.Fingerprint).HasMaxLength(32);
        builder.Ignore(e => e.BirthDate);
        builder.Ignore(e => e.AliasList);
        builder.HasOne<ScreeningList>().WithMany().HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(e => new { e.ListId, e.Reference }).IsUnique();
    }
}

internal sealed class ScreeningImportConfiguration : IEntityTypeConfiguration<ScreeningImport>
{
    public void Configure(EntityTypeBuilder<ScreeningImport> builder)
    {
        builder.Property(i => i.ImportedByName).HasMaxLength(256);
        builder.HasOne<ScreeningList>().WithMany().HasForeignKey(i => i.ListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(i => new { i.ListId, i.Revision }).IsUnique();
    }
}

internal sealed class ScreeningHitConfiguration : IEntityTypeConfiguration<ScreeningHit>
{
    public void Configure(EntityTypeBuilder<ScreeningHit> builder)
    {
        builder.Property(h => h.EntryFingerprint).HasMaxLength(32);
        builder.Property(h => h.Explanation).HasMaxLength(TextRules.NoteLength);
        builder.Property(h => h.Reason).HasMaxLength(TextRules.ReasonLength);
        builder.Property(h => h.DecidedByName).HasMaxLength(256);
        builder.HasOne<ScreeningList>().WithMany().HasForeignKey(h => h.ListId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<ScreeningEntry>().WithMany().HasForeignKey(h => h.EntryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Person>().WithMany().HasForeignKey(h => h.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(h => new { h.EntryId, h.PersonId, h.EntryFingerprint }).IsUnique();
        builder.HasIndex(h => new { h.Status, h.Probability });
        builder.HasIndex(h => h.PersonId);
    }
}
