using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Passage.Core.Accounts;
using Passage.Core.Audit;
using Passage.Core.Registry;
using Passage.Core.Storage;
using Passage.Testing;
using Xunit.Abstractions;

namespace Passage.EndToEnd.Tests.CrashSafety;

/// <summary>
/// The web application killed (SIGKILL) while a registration officer opens one record after another loses at most the audit
/// entries of the reads answered in the last second before the kill (the loss window of decision 22), and the audit chain
/// still verifies.
/// </summary>
public sealed class ReadAuditCrashTests(ITestOutputHelper output)
{
    private const int Persons = 40;
    private static readonly string[] Given = ["Maryam", "Zahra", "Fatemeh", "Leila"];
    private static readonly string[] Families = ["Hosseini", "Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri", "Taheri", "Noori"];

    /// <summary>The loss window stated in decision 22: the flush interval and the write of one batch.</summary>
    private static readonly TimeSpan Window = TimeSpan.FromSeconds(1);

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task WebKilledWhileRecordsAreRead_LosesOnlyTheReadsOfTheLastSecond_AndTheChainVerifies(DatabaseProvider provider)
    {
        using var scene = CrashScene.Create(provider);
        var persons = new List<Guid>();
        for (var i = 0; i < Persons; i++)
        {
            var details = new PersonDetails(Given[i % Given.Length], Families[i / Given.Length], "Ali", null, null, null, "Female", "1990", "C", i.ToString(CultureInfo.InvariantCulture), null, []);
            persons.Add((await scene.AsAsync(Roles.Registration, sp => new RegisterPerson(
                sp.GetRequiredService<PassageDbContext>(), sp.GetRequiredService<Actor>(), sp.GetRequiredService<TimeProvider>()).ExecuteAsync(details, null))).Id);
        }

        var token = await scene.TokenAsync(Roles.Registration);
        var answered = new List<(Guid Person, DateTimeOffset At)>();
        DateTimeOffset killedAt;
        using (var web = await scene.StartWebAsync(token))
        {
            // One record after another for about four seconds: several flush intervals pass, and the kill falls after a read.
            foreach (var person in persons)
            {
                using var response = await web.Http.GetAsync(new Uri($"/api/v1/persons/{person}", UriKind.Relative));
                response.StatusCode.ShouldBe(HttpStatusCode.OK);
                answered.Add((person, DateTimeOffset.UtcNow));
                await Task.Delay(75);
            }

            killedAt = DateTimeOffset.UtcNow;
            await web.KillAsync();
        }

        await using var db = scene.Database.CreateContext();
        var written = (await db.AuditEntries.AsNoTracking()
            .Where(e => e.Action == AuditAction.Viewed && e.EntityType == nameof(Person))
            .Select(e => e.EntityId).ToListAsync()).ToHashSet();
        var lost = answered.Where(a => !written.Contains(a.Person.ToString())).ToList();
        output.WriteLine($"{answered.Count} reads answered, {lost.Count} lost, answered {string.Join(", ", lost.Select(l => $"{(killedAt - l.At).TotalMilliseconds:F0} ms"))} before the kill");
        lost.ShouldAllBe(l => killedAt - l.At <= Window, "only reads answered in the last second before the kill may be lost");
        (await scene.VerifyAuditAsync()).Intact.ShouldBeTrue();
    }
}
