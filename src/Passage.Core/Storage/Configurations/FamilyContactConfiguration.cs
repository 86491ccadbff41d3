using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.FamilyContact;
using Passage.Core.Registry;
using Passage.Core.Storage.Encryption;

namespace Passage.Core.Storage.Configurations;

internal sealed class FamilyRequestConfiguration : IEntityTypeConfiguration<FamilyRequest>
{
    public void Configure(EntityTypeBuilder<FamilyRequest> builder)
    {
        builder.ToTable("FamilyRequests");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).ValueGeneratedNever();
        builder.Property(r => r.Number).HasMaxLength(16);
        builder.HasIndex(r => r.Number).IsUnique();
        builder.HasIndex(r => r.ReceivedAt);
        builder.Property(r => r.ReceivedByName).HasMaxLength(256);
        builder.Property(r => r.RequesterName).IsSealed();
        builder.Property(r => r.RequesterContact).IsSealed();
        builder.Property(r => r.IdentityCheckNote).IsSealed();
        builder.Property(r => r.SoughtName).IsSealed();
        builder.Property(r => r.SoughtNameOtherScript).IsSealed();
        builder.Property(r => r.SoughtFatherName).IsSealed();
        builder.Property(r => r.SoughtPlaceOfOrigin).IsSealed();
        builder.Property(r => r.Reason).IsSealed();
        builder.Property(r => r.AnswerNote).IsSealed();
        builder.Property(r => r.RequesterKeys).HasMaxLength(1000);
        builder.Property(r => r.SoughtKeys).HasMaxLength(1000);
        builder.HasIndex(r => new { r.RequesterKeys, r.ReceivedAt });
        builder.HasIndex(r => new { r.SoughtKeys, r.ReceivedAt });
        builder.Property(r => r.MatchedByName).HasMaxLength(256);
        builder.Property(r => r.AnswerRecordedByName).HasMaxLength(256);
        builder.Property(r => r.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithMany().HasForeignKey(r => r.MatchedPersonId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(r => r.Contacts).WithOne().HasForeignKey(c => c.RequestId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(r => r.Contacts).HasField("_contacts");
    }
}

internal sealed class FamilyContactMadeConfiguration : IEntityTypeConfiguration<FamilyContactMade>
{
    public void Configure(EntityTypeBuilder<FamilyContactMade> builder)
    {
        builder.ToTable("FamilyContactsMade");
        builder.HasKey(c => c.Id);
        builder.Property(c => c.Id).ValueGeneratedNever();
        builder.Property(c => c.Note).IsSealed();
        builder.Property(c => c.RecordedByName).HasMaxLength(256);
    }
}

internal sealed class FamilyRequestFlagConfiguration : IEntityTypeConfiguration<FamilyRequestFlag>
{
    public void Configure(EntityTypeBuilder<FamilyRequestFlag> builder)
    {
        builder.ToTable("FamilyRequestFlags");
        builder.HasKey(f => f.Id);
        builder.Property(f => f.Id).ValueGeneratedNever();
        builder.HasIndex(f => f.RaisedAt);
        builder.HasOne<FamilyRequest>().WithMany().HasForeignKey(f => f.RequestId).OnDelete(DeleteBehavior.Restrict);
    }
}
