using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Core.Tests.Audit;

public class AuditAppendOnlyTests
{
    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task UpdateOrDelete_OfAnAuditEntry_IsRefusedByTheDatabase(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        await using (var db = database.CreateContext())
        {
            db.AuditEntries.Add(AuditEntry.Record(database.Actor, AuditAction.Viewed, "Person", "x", null, DateTimeOffset.UtcNow));
            await db.SaveChangesAsync();
        }

        await using var context = database.CreateContext();
        await Should.ThrowAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("UPDATE \"AuditEntries\" SET \"Detail\" = 'changed'"));
        await Should.ThrowAsync<Exception>(() => context.Database.ExecuteSqlRawAsync("DELETE FROM \"AuditEntries\""));
        (await context.AuditEntries.CountAsync()).ShouldBe(1);
        (await context.AuditEntries.SingleAsync()).Detail.ShouldBeNull();
    }
}
