using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Passage.Core.Cases;
using Passage.Core.Movements;
using Passage.Core.Registry;

namespace Passage.Core.Storage.Configurations;

internal sealed class MovementConfiguration : IEntityTypeConfiguration<Movement>
{
    public void Configure(EntityTypeBuilder<Movement> builder)
    {
        builder.HasKey(m => m.Id);
        builder.Property(m => m.Id).ValueGeneratedNever();
        builder.Property(m => m.CountryCode).HasMaxLength(2);
        builder.Property(m => m.Origin).HasMaxLength(100);
        builder.Property(m => m.Destination).HasMaxLength(100);
        builder.Property(m => m.Carrier).HasMaxLength(100);
        builder.Property(m => m.Number).HasMaxLength(100);
        builder.Property(m => m.CancellationReason).HasMaxLength(2000);
        builder.Property(m => m.RecordedByName).HasMaxLength(256);
        builder.Property(m => m.Version).IsConcurrencyToken();
        builder.Ignore(m => m.IsOpen);
        builder.Ignore(m => m.Name);
        builder.HasIndex(m => m.DepartsAt);
        builder.HasIndex(m => new { m.CountryCode, m.DepartsAt });
        builder.HasOne<MovementSeats>().WithOne().HasForeignKey<MovementSeats>(s => s.MovementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class MovementSeatsConfiguration : IEntityTypeConfiguration<MovementSeats>
{
    public void Configure(EntityTypeBuilder<MovementSeats> builder)
    {
        builder.HasKey(s => s.MovementId);
        builder.ToTable(t => t.HasCheckConstraint(
            "CK_MovementSeats_NotOverbooked",
            "\"Booked\" >= 0 AND \"Booked\" <= \"Seats\" AND \"EscortsBooked\" >= 0 AND \"EscortsBooked\" <= \"EscortPlaces\" AND \"WheelchairsBooked\" >= 0 AND \"WheelchairsBooked\" <= \"WheelchairPlaces\""));
    }
}

internal sealed class BookingConfiguration : IEntityTypeConfiguration<Booking>
{
    public void Configure(EntityTypeBuilder<Booking> builder)
    {
        builder.HasKey(b => b.Id);
        builder.Property(b => b.Id).ValueGeneratedNever();
        builder.Property(b => b.CaseNumber).HasMaxLength(32);
        builder.Property(b => b.BookedByName).HasMaxLength(256);
        builder.Property(b => b.ReleaseReason).HasMaxLength(2200);
        builder.Property(b => b.Version).IsConcurrencyToken();
        builder.Ignore(b => b.Seats);
        builder.Ignore(b => b.NobodyTravels);
        builder.Ignore(b => b.EveryoneWhoLeftArrived);
        builder.HasIndex(b => new { b.MovementId, b.Status });
        builder.HasIndex(b => new { b.CaseId, b.Status });

        // A case holds seats on one movement at a time.
        builder.HasIndex(b => b.CaseId).IsUnique().HasFilter("\"Status\" = 1").HasDatabaseName("IX_Bookings_CaseId_Booked");
        builder.HasOne<Movement>().WithMany().HasForeignKey(b => b.MovementId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Case>().WithMany().HasForeignKey(b => b.CaseId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(b => b.Passengers).WithOne().HasForeignKey(p => p.BookingId).OnDelete(DeleteBehavior.Cascade);
        builder.Navigation(b => b.Passengers).UsePropertyAccessMode(PropertyAccessMode.Field);
    }
}

internal sealed class PassengerConfiguration : IEntityTypeConfiguration<Passenger>
{
    public void Configure(EntityTypeBuilder<Passenger> builder)
    {
        builder.Property(p => p.RegistrationNumber).HasMaxLength(32);
        builder.Property(p => p.NoShowReason).HasMaxLength(2000);
        builder.Property(p => p.ArrivalConfirmedByName).HasMaxLength(256);
        builder.Property(p => p.ArrivalOnWordOf).HasMaxLength(200);
        builder.Ignore(p => p.HasLeft);
        builder.HasIndex(p => p.PersonId);
        builder.HasOne<Person>().WithMany().HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class TravelDocumentConfiguration : IEntityTypeConfiguration<TravelDocument>
{
    public void Configure(EntityTypeBuilder<TravelDocument> builder)
    {
        builder.HasKey(d => d.PersonId);
        builder.Property(d => d.Number).HasMaxLength(30);
        builder.Property(d => d.NameInDocument).HasMaxLength(200);
        builder.Property(d => d.RecordedByName).HasMaxLength(256);
        builder.Property(d => d.Version).IsConcurrencyToken();
        builder.HasOne<Person>().WithOne().HasForeignKey<TravelDocument>(d => d.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class ManifestVersionConfiguration : IEntityTypeConfiguration<ManifestVersion>
{
    public void Configure(EntityTypeBuilder<ManifestVersion> builder)
    {
        builder.Property(v => v.Fingerprint).HasMaxLength(64);
        builder.Property(v => v.IssuedByName).HasMaxLength(256);
        builder.HasIndex(v => new { v.MovementId, v.Number }).IsUnique();
        builder.HasOne<Movement>().WithMany().HasForeignKey(v => v.MovementId).OnDelete(DeleteBehavior.Restrict);
    }
}
