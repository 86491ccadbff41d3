using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Passage.Core.Storage.Encryption;

/// <summary>Carries a context's <see cref="FieldCipher"/> in its options.</summary>
internal sealed class FieldEncryptionExtension(FieldCipher cipher) : IDbContextOptionsExtension
{
    public FieldCipher Cipher => cipher;

    public DbContextOptionsExtensionInfo Info => new ExtensionInfo(this);

    public void ApplyServices(IServiceCollection services)
    {
    }

    public void Validate(IDbContextOptions options)
    {
    }

    private sealed class ExtensionInfo(IDbContextOptionsExtension extension) : DbContextOptionsExtensionInfo(extension)
    {
        public override bool IsDatabaseProvider => false;

        public override string LogFragment => "FieldEncryption ";

        public override int GetServiceProviderHashCode() => 0;

        public override bool ShouldUseSameServiceProvider(DbContextOptionsExtensionInfo other) => other is ExtensionInfo;

        public override void PopulateDebugInfo(IDictionary<string, string> debugInfo) => debugInfo["Passage:FieldEncryption"] = "1";
    }
}

/// <summary>
/// One model per provider and per cipher: the sealed columns' converters hold the cipher, so contexts of different key
/// folders (tests, a rotation) must not share a model.
/// </summary>
internal sealed class FieldEncryptionModelCacheKeyFactory : IModelCacheKeyFactory
{
    public object Create(DbContext context, bool designTime) =>
        (context.GetType(), designTime, context.Database.ProviderName, (object?)FieldEncryption.CipherOf(context) ?? "none");
}
