using Microsoft.EntityFrameworkCore;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Documents;
using Passage.Core.Movements;
using Passage.Core.Registry;
using Passage.Core.Storage;

namespace Passage.Core.Reporting;

/// <summary>The public report: aggregate tables only, each protected by <see cref="DisclosureControl"/> as one set.</summary>
public sealed record PublicReport(DateOnly Today, IReadOnlyList<PublishedTable> Tables)
{
    public const string Title = "Relocation from the camp: public figures";

    /// <summary>What a reader needs to read the tables.</summary>
    public const string Note = "Counts of 1 to 4 are shown as <5. Some other counts are withheld (×) so that no small count can be worked out from the totals; the totals themselves are exact.";

    /// <summary>The report as a PDF, country names in both scripts.</summary>
    public byte[] ToPdf()
    {
        var document = new DocumentBuilder(Title).Heading(Title).Paragraph($"Figures on {Today:yyyy-MM-dd}. {Note}");
        foreach (var table in Tables)
        {
            document.Heading(table.Source.Name);
            var columns = new List<TableColumn> { new(table.Source.RowMargin, 3) };
            columns.AddRange(table.Source.Columns.Select(c => new TableColumn(c)));
            columns.Add(new TableColumn("Total"));
            var rows = Enumerable.Range(0, table.Source.Rows.Count).Append(-1)
                .Select(r => (IReadOnlyList<string>)[
                    r < 0 ? "Total" : CountryNames.BothScripts(table.Source.Rows[r]),
                    .. Enumerable.Range(0, table.Source.Columns.Count).Select(c => table.At(r, c).Text),
                    table.At(r, -1).Text,
                ]);
            document.Table(columns, rows);
        }

        return document.ToPdf();
    }
}

/// <summary>
/// Builds the public report from counts the database makes (departures by receiving country and year, and by country and
/// sex: two tables that share the country totals), then suppresses small counts. Audited.
/// </summary>
public sealed class ViewPublicReport(PassageDbContext db, Actor actor, AuditLog audit, TimeProvider clock)
{
    public const string ByYear = "Departures by receiving country and year";
    public const string BySex = "Departures by receiving country and sex";

    public async Task<PublicReport?> ExecuteAsync(CancellationToken ct = default)
    {
        if (!actor.Can(Permission.ReadAggregateReports))
        {
            return null;
        }

        var departed = from p in db.Passengers
                       where p.Status == PassengerStatus.Departed || p.Status == PassengerStatus.Arrived
                       join b in db.Bookings on p.BookingId equals b.Id
                       join m in db.Movements on b.MovementId equals m.Id
                       select new { p.PersonId, m.Id, m.CountryCode, m.DepartsAt };
        var perMovement = await departed.GroupBy(d => new { d.Id, d.CountryCode, d.DepartsAt })
            .Select(g => new { g.Key.CountryCode, g.Key.DepartsAt, Persons = g.Count() }).ToListAsync(ct);
        var perSex = await departed.Join(db.Persons, d => d.PersonId, p => p.Id, (d, p) => new { d.CountryCode, p.Sex })
            .GroupBy(x => new { x.CountryCode, x.Sex }).Select(g => new { g.Key.CountryCode, g.Key.Sex, Persons = g.Count() }).ToListAsync(ct);

        var countries = perMovement.Select(m => m.CountryCode).Distinct().Order(StringComparer.Ordinal).ToList();
        var years = perMovement.Select(m => m.DepartsAt.UtcDateTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture))
            .Distinct().Order(StringComparer.Ordinal).ToList();
        Sex[] sexes = [Sex.Female, Sex.Male];
        var tables = new List<CountTable>();
        if (countries.Count > 0)
        {
            tables.Add(new CountTable(ByYear, "departures", "Country", countries, "Year", years, Grid(countries.Count, years.Count, (r, c) =>
                perMovement.Where(m => m.CountryCode == countries[r] && m.DepartsAt.UtcDateTime.Year.ToString(System.Globalization.CultureInfo.InvariantCulture) == years[c]).Sum(m => m.Persons))));
            tables.Add(new CountTable(BySex, "departures", "Country", countries, "Sex", [.. sexes.Select(Sexes.Label)], Grid(countries.Count, sexes.Length, (r, c) =>
                perSex.Where(s => s.CountryCode == countries[r] && s.Sex == sexes[c]).Sum(s => s.Persons))));
        }

        await audit.RecordNowAsync(AuditAction.Searched, "Aggregates", "*", "public report", ct);
        return new PublicReport(DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime), DisclosureControl.Protect(tables));
    }

    private static int[,] Grid(int rows, int columns, Func<int, int, int> count)
    {
        var grid = new int[rows, columns];
        for (var r = 0; r < rows; r++)
        {
            for (var c = 0; c < columns; c++)
            {
                grid[r, c] = count(r, c);
            }
        }

        return grid;
    }
}
