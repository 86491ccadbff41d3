using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Microsoft.EntityFrameworkCore.Storage.ValueConversion;
using Microsoft.Extensions.DependencyInjection;

namespace Passage.Core.Storage.Encryption;

/// <summary>
/// Marks text columns as sealed and gives them a value converter through <see cref="FieldCipher"/>. A context built
/// without a cipher (design time, a tool that reads no sealed column) refuses to write a sealed column rather than
/// write it in the clear.
/// </summary>
public static class FieldEncryption
{
    private const string Annotation = "Passage:Sealed";

    /// <summary>Stores this text column sealed. It cannot be searched or sorted in the database.</summary>
    public static PropertyBuilder<T> IsSealed<T>(this PropertyBuilder<T> property) => property.HasAnnotation(Annotation, true);

    /// <summary>Seals the marked columns with <paramref name="options"/>' cipher.</summary>
    public static DbContextOptionsBuilder UseFieldEncryption(this DbContextOptionsBuilder options, FieldCipher cipher)
    {
        ((IDbContextOptionsBuilderInfrastructure)options).AddOrUpdateExtension(new FieldEncryptionExtension(cipher));
        return options;
    }

    /// <inheritdoc cref="UseFieldEncryption(DbContextOptionsBuilder, FieldCipher)"/>
    public static DbContextOptionsBuilder<TContext> UseFieldEncryption<TContext>(this DbContextOptionsBuilder<TContext> options, FieldCipher cipher)
        where TContext : DbContext
    {
        ((DbContextOptionsBuilder)options).UseFieldEncryption(cipher);
        return options;
    }

    /// <summary>The cipher a context was built with, or null.</summary>
    public static FieldCipher? CipherOf(DbContext context) =>
        context.GetService<IDbContextOptions>().FindExtension<FieldEncryptionExtension>()?.Cipher;

    /// <summary>The sealed columns of the model: entity type and property name.</summary>
    public static IEnumerable<(Type Entity, string Property)> SealedColumns(Microsoft.EntityFrameworkCore.Metadata.IModel model) =>
        from entity in model.GetEntityTypes()
        from property in entity.GetProperties()
        where property.FindAnnotation(Annotation)?.Value is true
        select (entity.ClrType, property.Name);

    internal static void Apply(ModelBuilder builder, FieldCipher? cipher)
    {
        var converter = cipher is null
            ? new ValueConverter<string, string>(v => Refuse(v), v => v)
            : new ValueConverter<string, string>(v => cipher.Seal(v), v => cipher.Open(v));
        foreach (var property in builder.Model.GetEntityTypes().SelectMany(e => e.GetProperties()).Where(p => p.FindAnnotation(Annotation)?.Value is true))
        {
            property.SetValueConverter(converter);
        }
    }

    private static string Refuse(string value) =>
        throw new InvalidOperationException($"A sealed column ({value.Length} characters) cannot be written without the field keys; configure the field key folder.");
}
