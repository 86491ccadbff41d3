using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Interviews;
using Passage.Core.Registry;
using Passage.Core.Storage.Encryption;

namespace Passage.Core.Storage.Configurations;

internal sealed class InterviewConfiguration : IEntityTypeConfiguration<Interview>
{
    public void Configure(EntityTypeBuilder<Interview> builder)
    {
        builder.HasKey(i => i.Id);
        builder.Property(i => i.Id).ValueGeneratedNever();
        builder.HasIndex(i => new { i.PersonId, i.Sequence }).IsUnique();
        builder.Property(i => i.Interviewer).HasMaxLength(200);
        builder.Property(i => i.Interpreter).HasMaxLength(200);
        builder.Property(i => i.Language).HasMaxLength(100);
        builder.Property(i => i.OthersPresent).IsSealed();
        builder.Property(i => i.TravelWithNumbers).HasMaxLength(1000);
        builder.Property(i => i.ProtectionConcerns).IsSealed();
        builder.Property(i => i.RecordedByUserId).HasMaxLength(450);
        builder.Property(i => i.RecordedByName).HasMaxLength(256);
        builder.Ignore(i => i.TravelWith);
        builder.Ignore(i => i.NeedsSupervisorReview);
        builder.HasOne<Person>().WithMany().HasForeignKey(i => i.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(i => i.Preferences).WithOne().HasForeignKey(p => p.InterviewId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(i => i.Preferences).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class CountryPreferenceConfiguration : IEntityTypeConfiguration<CountryPreference>
{
    public void Configure(EntityTypeBuilder<CountryPreference> builder)
    {
        builder.Property(p => p.CountryCode).HasMaxLength(2);
        builder.Property(p => p.Note).IsSealed();
        builder.HasIndex(p => new { p.CountryCode, p.InterviewId });
    }
}

internal sealed class ThirdPartyListConfiguration : IEntityTypeConfiguration<ThirdPartyList>
{
    public void Configure(EntityTypeBuilder<ThirdPartyList> builder)
    {
        builder.HasKey(l => l.Id);
        builder.Property(l => l.Id).ValueGeneratedNever();
        builder.Property(l => l.Sender).HasMaxLength(200);
        builder.Property(l => l.RecordedByName).HasMaxLength(256);
        builder.HasMany(l => l.Entries).WithOne().HasForeignKey(e => e.ListId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(l => l.Entries).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class ThirdPartyListEntryConfiguration : IEntityTypeConfiguration<ThirdPartyListEntry>
{
    public void Configure(EntityTypeBuilder<ThirdPartyListEntry> builder)
    {
        builder.Property(e => e.RegistrationNumber).HasMaxLength(20);
        builder.HasIndex(e => e.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(e => e.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ProtectionFlagReviewConfiguration : IEntityTypeConfiguration<ProtectionFlagReview>
{
    public void Configure(EntityTypeBuilder<ProtectionFlagReview> builder)
    {
        builder.Property(r => r.FlagKey).HasMaxLength(ProtectionFlagReview.KeyLength);
        builder.HasIndex(r => r.FlagKey).IsUnique();
        builder.Property(r => r.Note).IsSealed();
        builder.Property(r => r.DoneByUserId).HasMaxLength(450);
        builder.Property(r => r.DoneByName).HasMaxLength(256);
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
