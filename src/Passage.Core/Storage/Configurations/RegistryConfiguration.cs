using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Cases;
using Passage.Core.Registry;

namespace Passage.Core.Storage.Configurations;

internal sealed class PersonConfiguration : IEntityTypeConfiguration<Person>
{
    /// <summary>The query filter's condition in SQL, the same on both databases.</summary>
    private const string Unmerged = "\"MergedIntoId\" IS NULL";

    public void Configure(EntityTypeBuilder<Person> builder)
    {
        builder.HasKey(p => p.Id);
        builder.Property(p => p.Id).ValueGeneratedNever();
        builder.Property(p => p.RegistrationNumber).HasMaxLength(20);
        builder.HasIndex(p => p.RegistrationNumber).IsUnique();
        foreach (var name in new[] { nameof(Person.GivenName), nameof(Person.FamilyName), nameof(Person.FatherName), nameof(Person.GivenNameArabic), nameof(Person.FamilyNameArabic), nameof(Person.FatherNameArabic) })
        {
            builder.Property(name).HasMaxLength(PersonDetails.MaxNameLength);
        }

        builder.Property(p => p.NameKeys).HasMaxLength(2000);
        builder.Property(p => p.CampBlock).HasMaxLength(20);
        builder.Property(p => p.CampUnit).HasMaxLength(20);
        builder.Property(p => p.Version).IsConcurrencyToken();
        builder.HasQueryFilter(p => p.MergedIntoId == null);
        builder.Ignore(p => p.BirthDate);
        builder.Ignore(p => p.FullName);
        builder.Ignore(p => p.FullNameArabic);
        // With the merge marker, so that counting a case's members (the query filter leaves merged records out) reads the index alone.
        builder.HasIndex(p => new { p.CaseId, p.MergedIntoId });

        // The dashboard's residents-remaining series counts registrations since a date from the index alone.
        builder.HasIndex(p => new { p.RegisteredAt, p.MergedIntoId });

        // The change marker other processes' registry indexes catch up from.
        builder.HasIndex(p => p.UpdatedAt);

        // The registry list reads only unmerged persons, in registration-number order: partial indexes of those alone let
        // it count and skip from the index without reading a row. The merge marker, always empty in them, is a column too:
        // SQLite reads a row for each index entry whose query names a column the index lacks, the filter's included.
        builder.HasIndex(p => new { p.RegistrationNumber, p.MergedIntoId }, "IX_Persons_Listed").HasFilter(Unmerged);
        builder.HasIndex(p => new { p.Sex, p.RegistrationNumber, p.MergedIntoId }).HasFilter(Unmerged);
        builder.HasIndex(p => new { p.BirthYear, p.RegistrationNumber, p.MergedIntoId }).HasFilter(Unmerged);
        builder.HasIndex(p => new { p.CampBlock, p.RegistrationNumber, p.MergedIntoId }).HasFilter(Unmerged);
        builder.HasOne<Case>().WithMany().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(p => p.Aliases).WithOne().HasForeignKey(a => a.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.Needs).WithOne().HasForeignKey(n => n.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(p => p.SearchKeys).WithOne().HasForeignKey(k => k.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(p => p.Aliases).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.Needs).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.Navigation(p => p.SearchKeys).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PersonAliasConfiguration : IEntityTypeConfiguration<PersonAlias>
{
    public void Configure(EntityTypeBuilder<PersonAlias> builder) => builder.Property(a => a.Name).HasMaxLength(PersonDetails.MaxNameLength);
}

internal sealed class PersonNeedConfiguration : IEntityTypeConfiguration<PersonNeed>
{
    public void Configure(EntityTypeBuilder<PersonNeed> builder)
    {
        builder.Property(n => n.Code).HasMaxLength(4);
        builder.Property(n => n.Note).HasMaxLength(500);
        builder.HasIndex(n => new { n.Code, n.PersonId });
    }
}

internal sealed class PersonSearchKeyConfiguration : IEntityTypeConfiguration<PersonSearchKey>
{
    public void Configure(EntityTypeBuilder<PersonSearchKey> builder)
    {
        builder.Property(k => k.Key).HasMaxLength(PersonDetails.MaxNameLength);
        builder.HasIndex(k => new { k.Key, k.PersonId });
    }
}

internal sealed class FamilyLinkConfiguration : IEntityTypeConfiguration<FamilyLink>
{
    public void Configure(EntityTypeBuilder<FamilyLink> builder)
    {
        builder.HasIndex(l => new { l.PersonId, l.RelatedPersonId }).IsUnique();
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.PersonId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne<Person>().WithMany().HasForeignKey(l => l.RelatedPersonId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class DistinctPersonsConfiguration : IEntityTypeConfiguration<Passage.Core.Registry.Matching.DistinctPersons>
{
    public void Configure(EntityTypeBuilder<Passage.Core.Registry.Matching.DistinctPersons> builder)
    {
        builder.Property(d => d.Reason).HasMaxLength(1000);
        builder.Property(d => d.DecidedBy).HasMaxLength(256);
        builder.HasIndex(d => new { d.PersonA, d.PersonB }).IsUnique();
        builder.HasIndex(d => d.PersonB);
    }
}

internal sealed class DuplicateReviewConfiguration : IEntityTypeConfiguration<Passage.Core.Registry.Matching.DuplicateReview>
{
    public void Configure(EntityTypeBuilder<Passage.Core.Registry.Matching.DuplicateReview> builder)
    {
        builder.Property(r => r.Explanation).HasMaxLength(2000);
        builder.Property(r => r.Reason).HasMaxLength(1000);
        builder.Property(r => r.DecidedBy).HasMaxLength(256);
        builder.HasIndex(r => new { r.PersonA, r.PersonB }).IsUnique();
        builder.HasIndex(r => r.Status);
    }
}

internal sealed class DuplicateScanConfiguration : IEntityTypeConfiguration<Passage.Core.Registry.Matching.DuplicateScan>
{
    public void Configure(EntityTypeBuilder<Passage.Core.Registry.Matching.DuplicateScan> builder)
    {
        builder.Property(s => s.StartedByUserId).HasMaxLength(450);
        builder.Property(s => s.StartedBy).HasMaxLength(256);
        builder.Property(s => s.Message).HasMaxLength(Passage.Core.Registry.Matching.DuplicateScan.MaxMessageLength);
        builder.Ignore(s => s.IsUnfinished);
        builder.HasIndex(s => s.Status);
    }
}
