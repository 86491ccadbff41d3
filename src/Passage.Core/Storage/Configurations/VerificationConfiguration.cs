using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Common;
using Passage.Core.Registry;
using Passage.Core.Verification;

namespace Passage.Core.Storage.Configurations;

internal sealed class VerificationRequestConfiguration : IEntityTypeConfiguration<VerificationRequest>
{
    public void Configure(EntityTypeBuilder<VerificationRequest> builder)
    {
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.CountryCode).HasMaxLength(2);
        builder.Property(r => r.GivenName).HasMaxLength(TextRules.NameLength);
        builder.Property(r => r.FamilyName).HasMaxLength(TextRules.NameLength);
        builder.Property(r => r.FatherName).HasMaxLength(TextRules.NameLength);
        builder.Property(r => r.OtherNames).HasMaxLength((TextRules.NameLength + 1) * ClaimDetails.MaxOtherNames);
        builder.Property(r => r.DocumentNumbers).HasMaxLength(TextRules.LineLength);
        builder.Property(r => r.ClaimedRegistrationNumber).HasMaxLength(30);
        builder.Property(r => r.SubmittedById).HasMaxLength(450);
        builder.Property(r => r.SubmittedByName).HasMaxLength(256);
        builder.Property(r => r.AnsweredRegistrationNumber).HasMaxLength(20);
        builder.Property(r => r.AnswerNote).HasMaxLength(TextRules.ReasonLength);
        builder.Property(r => r.AnsweredByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.Ignore(r => r.BirthDate);
        builder.Ignore(r => r.OtherNameList);
        builder.Ignore(r => r.Claim);
        builder.HasMany(r => r.Candidates).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Candidates).UsePropertyAccessMode(PropertyAccessMode.Field);
        builder.HasIndex(r => new { r.CountryCode, r.SubmittedAt });
        builder.HasIndex(r => r.SubmittedAt);
    }
}

internal sealed class VerificationCandidateConfiguration : IEntityTypeConfiguration<VerificationCandidate>
{
    public void Configure(EntityTypeBuilder<VerificationCandidate> builder)
    {
        builder.Property(c => c.Explanation).HasMaxLength(TextRules.NoteLength);
        builder.HasOne<Person>().WithMany().HasForeignKey(c => c.PersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => new { c.RequestId, c.Rank }).IsUnique();
        builder.HasIndex(c => c.PersonId);
    }
}

internal sealed class VerificationFlagConfiguration : IEntityTypeConfiguration<VerificationFlag>
{
    public void Configure(EntityTypeBuilder<VerificationFlag> builder)
    {
        builder.Property(f => f.Evidence).HasMaxLength(TextRules.NoteLength);
        builder.HasOne<VerificationRequest>().WithMany().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<VerificationRequest>().WithMany().HasForeignKey(f => f.OtherRequestId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(f => new { f.RequestId, f.OtherRequestId }).IsUnique();
        builder.HasIndex(f => f.OtherRequestId);
    }
}
