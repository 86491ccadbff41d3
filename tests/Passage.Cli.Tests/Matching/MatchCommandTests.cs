using System.CommandLine;
using System.Text;

namespace Passage.Cli.Tests.Matching;

public sealed class MatchCommandTests : IDisposable
{
    private readonly DirectoryInfo _folder = Directory.CreateTempSubdirectory("passage-match-");

    public void Dispose() => _folder.Delete(recursive: true);

    [Fact]
    public async Task Score_PairsAcrossScriptsAndSpellings_WritesScoresAndDecisionsInInputOrder()
    {
        var input = Write("pairs.csv",
            "id,name_a,name_b,birth_a,birth_b,father_a,father_b,sex_a,sex_b\n" +
            "p1,Mohammad Hosseini,محمد حسینی,1970-03-02,19700302,Ali,علی,M,M\n" +
            "p2,Hossein Rezaei,Hassan Rezaei,1968,1975-01-01,Reza,Javad,M,M\n" +
            "p3,Fatemeh Ahmadi,Fatima Ahmadi,,,,,,\n");
        var (code, _, error) = await RunAsync("match", "score", "--input", input, "--output", Path.Combine(_folder.FullName, "scores.csv"));

        code.ShouldBe(0, error);
        var lines = File.ReadAllLines(Path.Combine(_folder.FullName, "scores.csv"));
        lines[0].ShouldBe("id,score,decision");
        lines.Skip(1).Select(l => l.Split(',')[0]).ShouldBe(["p1", "p2", "p3"]);
        lines[1].ShouldEndWith(",match");
        lines[2].ShouldEndWith(",non-match");
        lines[3].ShouldEndWith(",match");
    }

    [Theory]
    [InlineData("id,name_a\n1,Ali\n", 1, "no name_b column", "a required column is missing")]
    [InlineData("id,name_a,name_b,birth_a,birth_b\n1,Ali,Ali,1970-13-01,1970\n", 2, "birth_a: month 13 is outside 1–12", "an unreadable date")]
    [InlineData("id,name_a,name_b\n1,Ali,Ali\n2,Reza\n", 3, "expected 3 fields, found 2", "a short row")]
    [InlineData("id,name_a,name_b\n,Ali,Ali\n", 2, "the id is empty", "an empty id")]
    public async Task Score_BadInput_StopsWithLineAndReason(string content, int line, string reason, string covers)
    {
        var input = Write("bad.csv", content);
        var (code, _, error) = await RunAsync("match", "score", "--input", input, "--output", Path.Combine(_folder.FullName, "out.csv"));

        code.ShouldNotBe(0, covers);
        error.ShouldContain($"line {line}: {reason}", Case.Sensitive, covers);
    }

    [Fact]
    public async Task Score_InvalidUtf8_StopsWithTheLineOfTheBadByte()
    {
        var path = Path.Combine(_folder.FullName, "latin1.csv");
        var bytes = Encoding.UTF8.GetBytes("id,name_a,name_b\n1,Ali,Ali\n2,").Concat(new byte[] { 0xE9, 0x6C }).Concat(Encoding.UTF8.GetBytes(",Ali\n")).ToArray();
        await File.WriteAllBytesAsync(path, bytes);
        var (code, _, error) = await RunAsync("match", "score", "--input", path, "--output", Path.Combine(_folder.FullName, "out.csv"));

        code.ShouldNotBe(0);
        error.ShouldContain("line 3: invalid UTF-8");
    }

    [Fact]
    public async Task Dedup_RegistryWithDuplicates_WritesThePairsWithScoresAndProgress()
    {
        var input = Write("records.csv",
            "id,name,birth,father,sex,village\n" +
            "r1,Mohammad Hosseini,1970-03-02,Ali,M,Ashraf\n" +
            "r2,محمد حسینی,1970-03-02,علی,M,Ashraf\n" +
            "r3,Zahra Karimi,1985,Hassan,F,Liberty\n" +
            "r4,Zahra Karimi,1985-06-01,Hasan,F,Liberty\n" +
            "r5,Kourosh Shahbazi,1990-01-09,Bahram,M,Ashraf\n");
        var output = Path.Combine(_folder.FullName, "pairs.csv");
        var (code, _, error) = await RunAsync("match", "dedup", "--input", input, "--output", output);

        code.ShouldBe(0, error);
        error.ShouldContain("100%");
        var lines = File.ReadAllLines(output);
        lines[0].ShouldBe("id_a,id_b,score,decision");
        lines.ShouldContain(l => l.StartsWith("r1,r2,", StringComparison.Ordinal) && l.EndsWith(",match", StringComparison.Ordinal));
        lines.ShouldContain(l => l.StartsWith("r3,r4,", StringComparison.Ordinal) && l.EndsWith(",match", StringComparison.Ordinal));
        lines.ShouldNotContain(l => l.Contains("r5", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Dedup_ErrorIsNotATerminal_WritesAFewPlainProgressLinesAndNoBar()
    {
        var rows = string.Concat(Enumerable.Range(0, 9000).Select(i => $"r{i},Person{i} Family{i % 997},{1940 + (i % 60)}-01-{1 + (i % 28):D2}\n"));
        var input = Write("many.csv", "id,name,birth\n" + rows);
        var (code, _, error) = await RunAsync("match", "dedup", "--input", input, "--output", Path.Combine(_folder.FullName, "pairs.csv"));

        code.ShouldBe(0, error);
        error.ShouldNotContain("\r");
        error.ShouldNotContain("[#");
        var progress = error.Split('\n').Where(l => l.StartsWith("scoring: ", StringComparison.Ordinal)).ToList();
        progress.Count.ShouldBeInRange(2, 6);
        progress[^1].ShouldBe("scoring: 100%");
    }

    [Fact]
    public async Task Score_SolarHijriBirthYear_IsReadAndComparedWithAGregorianDate()
    {
        var input = Write("hijri.csv",
            "id,name_a,name_b,birth_a,birth_b,father_a,father_b,sex_a,sex_b\n" +
            "h1,Gholamreza Amini,Gholam-Reza Amini,1984-08-01,1363,Hamid,Hameed,M,M\n" +
            "h2,Gholamreza Amini,Gholamreza Amini,1984-08-01,1340,Hamid,Hamid,M,M\n");
        var (code, _, error) = await RunAsync("match", "score", "--input", input, "--output", Path.Combine(_folder.FullName, "scores.csv"));

        code.ShouldBe(0, error);
        var lines = File.ReadAllLines(Path.Combine(_folder.FullName, "scores.csv"));
        lines[1].ShouldEndWith(",match");
        lines[2].ShouldNotEndWith(",match");
    }

    [Theory]
    [InlineData("name,birth\nAli,1970\n", 1, "no id column (id or rec_id)", "a missing id column")]
    [InlineData("id,birth\n1,1970\n", 1, "no name column", "a missing name column")]
    [InlineData("rec_id,given_name,surname,date_of_birth\nr1,Ali,Karimi,1970\nr2,Reza,Karimi,19701\n", 3, "date_of_birth: '19701' is not a date", "an unreadable date in FEBRL columns")]
    [InlineData("id,name\nr1,Ali\nr1,Reza\n", 3, "the id 'r1' is repeated", "a repeated id")]
    [InlineData("id,name,sex\nr1,Ali,Q\n", 2, "sex: 'Q' is not a sex", "an unreadable sex")]
    public async Task Dedup_BadInput_StopsWithLineAndReason(string content, int line, string reason, string covers)
    {
        var input = Write("bad.csv", content);
        var (code, _, error) = await RunAsync("match", "dedup", "--input", input, "--output", Path.Combine(_folder.FullName, "out.csv"));

        code.ShouldNotBe(0, covers);
        error.ShouldContain($"line {line}: {reason}", Case.Sensitive, covers);
    }

    [Fact]
    public async Task Link_TwoFiles_PairsLeftWithRight()
    {
        var left = Write("a.csv", "id,given_name,family_name,birth\na1,Hossein,Rezaei,1968-04-01\na2,Maryam,Sadeghi,1990\n");
        var right = Write("b.csv", "id,given_name,surname,birth\nb1,حسین,رضایی,1968-04-01\nb2,Kaveh,Amini,1950\n");
        var output = Path.Combine(_folder.FullName, "links.csv");
        var (code, _, error) = await RunAsync("match", "link", "--left", left, "--right", right, "--output", output);

        code.ShouldBe(0, error);
        File.ReadAllLines(output).Skip(1).ShouldHaveSingleItem().ShouldStartWith("a1,b1,");
    }

    [Fact]
    public async Task Search_NameInOtherScript_FindsTheRecordFirstAndExplains()
    {
        var records = Write("records.csv",
            "id,name,birth\nr1,حسین رضایی,1968-04-01\nr2,Hassan Rezaei,1968-04-01\nr3,Hossein Karimi,1968\n");
        var (code, output, error) = await RunAsync("match", "search", "--records", records, "--name", "Hossein Rezaei", "--birth", "1968", "--explain");

        code.ShouldBe(0, error);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        lines[0].ShouldBe("rank\tid\tscore\tdecision\tname\tbirth");
        lines[1].ShouldStartWith("1\tr1\t");
        output.ShouldContain("\tname\tExact\t");
        output.ShouldContain("\tbirth\tConsistent\t");
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_folder.FullName, name);
        File.WriteAllText(path, content, new UTF8Encoding(false));
        return path;
    }

    private static async Task<(int Code, string Output, string Error)> RunAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await PassageCommands.Create().Parse(args).InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (code, output.ToString(), error.ToString());
    }
}
