using Microsoft.EntityFrameworkCore;
using Passage.Core.Protection;
using Passage.Core.Storage.Encryption;

namespace Passage.Cli.Tests;

public class KeysCommandTests
{
    [Fact]
    public async Task KeysRotate_AfterDemo_SealsEverySealedFieldAgainWithANewKeyAndTheyStillRead()
    {
        using var cli = new CliRun();
        (await cli.RunAsync("demo", "--persons", "500")).Exit.ShouldBe(0);
        await using var before = cli.Context();
        var walkOuts = await before.Set<WalkOut>().Select(w => new { w.Id, w.Whereabouts }).ToListAsync();
        var raw = await before.Database.SqlQueryRaw<string>("SELECT \"Whereabouts\" AS \"Value\" FROM \"WalkOuts\"").ToListAsync();

        var (exit, output, error) = await cli.RunAsync("keys", "rotate", "--retire-old-keys");

        exit.ShouldBe(0, error);
        output.ShouldContain("sealed values sealed again; 1 older keys revoked.");
        walkOuts.ShouldNotBeEmpty();
        raw.ShouldAllBe(v => FieldCipher.IsSealed(v));
        await using var after = cli.Context();
        var rawAfter = await after.Database.SqlQueryRaw<string>("SELECT \"Whereabouts\" AS \"Value\" FROM \"WalkOuts\"").ToListAsync();
        rawAfter.Intersect(raw).ShouldBeEmpty();
        (await after.Set<WalkOut>().Select(w => new { w.Id, w.Whereabouts }).ToListAsync()).ShouldBe(walkOuts, ignoreOrder: true);
    }
}
