using System.Diagnostics;
using System.Globalization;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Passage.Core.Audit;
using Passage.Testing;

namespace Passage.Cli.Tests.Operations;

/// <summary>The <c>passage</c> command killed with SIGKILL in the middle of a long write leaves nothing half-done.</summary>
public sealed class CrashSafetyTests : IDisposable
{
    private const int Rows = 20_000;
    private static readonly string[] Given = ["Hossein", "Zahra", "Mehdi", "Fatemeh", "Reza", "Maryam", "Ali", "Leila", "Hamid", "Saeedeh", "Omid", "Shirin", "Javad", "Narges", "Kaveh", "Parisa", "Bijan", "Soheila", "Farid", "Nasrin"];
    private static readonly string[] Family = ["Hosseini", "Rezaei", "Karimi", "Mousavi", "Ahmadi", "Rahimi", "Sharifi", "Bagheri", "Taheri", "Noori", "Farahani", "Tehrani", "Haddad", "Mohammadi", "Jafari", "Sadeghi", "Kazemi", "Akbari", "Ghasemi", "Yazdani"];
    private readonly string _folder = Directory.CreateTempSubdirectory("passage-crash-").FullName;

    [Theory]
    [InlineData(DatabaseProvider.Sqlite)]
    [InlineData(DatabaseProvider.Postgres)]
    public async Task ImportKilledWhileSaving_LeavesNoPersonNoCaseNoEntry_AndTheSameImportThenSucceeds(DatabaseProvider provider)
    {
        using var database = TestDatabase.Create(provider);
        var file = Path.Combine(_folder, "persons.csv");
        await File.WriteAllTextAsync(file, PersonsCsv(), Encoding.UTF8);

        // After the first batch of persons is written, with three more batches and the audit entries still to write.
        var killedWhileRunning = await KillWhenAsync(database.ConnectionString, "Written 5000 of", "import", "persons", file);

        killedWhileRunning.ShouldBeTrue("the import finished before it could be killed");
        await using (var db = database.CreateContext())
        {
            (await db.Persons.CountAsync()).ShouldBe(0);
            (await db.Cases.CountAsync()).ShouldBe(0);
            (await db.CaseEvents.CountAsync()).ShouldBe(0);
            (await db.AuditEntries.CountAsync(a => a.Action == AuditAction.Imported || a.EntityType == "Person")).ShouldBe(0);
        }

        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await PassageCommands.RunAsync(["import", "persons", file, "--database", database.ConnectionString], output, error);

        exit.ShouldBe(ExitCodes.Ok, error.ToString());
        await using (var db = database.CreateContext())
        {
            (await db.Persons.CountAsync()).ShouldBe(Rows);
            (await db.Persons.Select(p => p.RegistrationNumber).Distinct().CountAsync()).ShouldBe(Rows);
        }
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    /// <summary>Starts <c>passage ARGS</c> as a child process and kills it (SIGKILL) once its error output shows <paramref name="marker"/>; false when it ended by itself first.</summary>
    private static async Task<bool> KillWhenAsync(string connectionString, string marker, params string[] args)
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "passage.dll"));
        foreach (var argument in args.Concat(["--database", connectionString]))
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        _ = process.StandardOutput.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardError.ReadLineAsync(timeout.Token) is { } line)
        {
            if (line.Contains(marker, StringComparison.Ordinal))
            {
                var running = !process.HasExited;
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync(timeout.Token);
                return running;
            }
        }

        await process.WaitForExitAsync(timeout.Token);
        return false;
    }

    private static string PersonsCsv()
    {
        var csv = new StringBuilder("GivenName,FamilyName,FatherName,Sex,BirthDate,CampBlock,CampUnit,FamilyKey\n");
        for (var i = 0; i < Rows; i++)
        {
            var given = Given[i % Given.Length];
            var family = Family[i / Given.Length % Family.Length];
            var father = Given[(i / 400 + 3) % Given.Length];
            csv.Append(CultureInfo.InvariantCulture, $"{given},{family},{father},{(i % 2 == 0 ? "Male" : "Female")},{1950 + (i / 400 % 30) + (i % 40)},B,{i % 200},f{i / 3}\n");
        }

        return csv.ToString();
    }
}
