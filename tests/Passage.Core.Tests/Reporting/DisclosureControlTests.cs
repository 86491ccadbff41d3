using Passage.Core.Reporting;

namespace Passage.Core.Tests.Reporting;

/// <summary>
/// Small counts are published as "&lt;5", and an attacker who subtracts and adds the published cells and totals — of one
/// table, or of tables that share a total — recovers none of them.
/// </summary>
public class DisclosureControlTests
{
    [Fact]
    public void Protect_OneSmallCell_ShowsItAsLessThanFiveAndWithholdsEnoughThatTheAttackRecoversNothing()
    {
        var table = Table("departures", "country", ["AL", "DE", "FI"], "month", ["2014-01", "2014-02", "2014-03"], new[,]
        {
            { 155, 3, 40 },
            { 22, 17, 9 },
            { 30, 12, 280 },
        });

        var published = DisclosureControl.Protect([table]).Single();

        published.At(0, 1).Text.ShouldBe("<5");
        published.Cells.Count(c => c.Shown == CellShown.Withheld).ShouldBe(3);
        published.Cells.Where(c => c.Shown == CellShown.Withheld).Select(c => (c.Row, c.Column)).ShouldBe([(0, 0), (2, 0), (2, 1)], ignoreOrder: true);
        published.At(-1, -1).Text.ShouldBe("568");
        DifferencingAttack.Recovers([published]).ShouldBeEmpty();
    }

    [Fact]
    public void Attack_OnlySmallCountsHidden_RecoversThem()
    {
        var table = Table("departures", "country", ["AL", "DE"], "month", ["2014-01", "2014-02"], new[,] { { 155, 3 }, { 22, 17 } });
        var naive = new PublishedTable(table, DisclosureControl.Protect([table]).Single().Cells
            .Select(c => c with { Shown = c.Value is > 0 and < 5 ? CellShown.Small : CellShown.Value }).ToList());

        DifferencingAttack.Recovers([naive]).ShouldBe(["departures|AL|2014-02 = 3"]);
    }

    [Fact]
    public void Protect_TwoTablesSharingTheCountryTotals_TheirUnionRevealsNothing()
    {
        // Only three persons went to FI: that total is small in both tables, and each table alone must not give it away.
        var byMonth = Table("by month", "country", ["AL", "DE", "FI"], "month", ["2014-01", "2014-02"], new[,] { { 100, 55 }, { 20, 28 }, { 3, 0 } });
        var bySex = Table("by sex", "country", ["AL", "DE", "FI"], "sex", ["female", "male"], new[,] { { 70, 85 }, { 26, 22 }, { 1, 2 } });

        var published = DisclosureControl.Protect([byMonth, bySex]);

        published[0].At(2, -1).Text.ShouldBe("<5");
        published[1].At(2, -1).Text.ShouldBe("<5");
        published[1].At(2, 0).Text.ShouldBe("<5");
        DifferencingAttack.Recovers(published).ShouldBeEmpty();
        DifferencingAttack.Recovers([published[0]]).ShouldBeEmpty();
        DifferencingAttack.Recovers([published[1]]).ShouldBeEmpty();
    }

    [Fact]
    public void Protect_ManyRandomTables_NeverLetsTheAttackRecoverACount()
    {
        var random = new Random(20140911);
        for (var round = 0; round < 200; round++)
        {
            var rows = random.Next(2, 6);
            var columns = random.Next(2, 7);
            var counts = new int[rows, columns];
            var sex = new int[rows, 2];
            for (var r = 0; r < rows; r++)
            {
                for (var c = 0; c < columns; c++)
                {
                    counts[r, c] = random.Next(4) switch { 0 => 0, 1 => random.Next(1, 5), _ => random.Next(5, 60) };
                }

                var total = Enumerable.Range(0, columns).Sum(c => counts[r, c]);
                sex[r, 0] = random.Next(0, total + 1);
                sex[r, 1] = total - sex[r, 0];
            }

            var names = Enumerable.Range(0, rows).Select(r => $"C{r}").ToList();
            var tables = new[]
            {
                Table("by month", "country", names, "month", [.. Enumerable.Range(1, columns).Select(m => $"M{m}")], counts),
                Table("by sex", "country", names, "sex", ["female", "male"], sex),
            };

            var published = DisclosureControl.Protect(tables);

            published.SelectMany(t => t.Cells).Where(c => c.Value is > 0 and < 5).ShouldAllBe(c => c.Shown == CellShown.Small, $"round {round}");
            published.SelectMany(t => t.Cells).Where(c => c.Shown == CellShown.Small).ShouldAllBe(c => c.Value > 0 && c.Value < 5, $"round {round}");
            DifferencingAttack.Recovers(published).ShouldBeEmpty($"round {round}");
        }
    }

    private static CountTable Table(string name, string rowMargin, IReadOnlyList<string> rows, string columnMargin, IReadOnlyList<string> columns, int[,] counts) =>
        new(name, "departures", rowMargin, rows, columnMargin, columns, counts);
}
