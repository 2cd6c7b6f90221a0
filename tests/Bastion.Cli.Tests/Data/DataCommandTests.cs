using System.Text.Json;
using Bastion.Cli;

namespace Bastion.Cli.Tests.Data;

public sealed class DataCommandTests : IDisposable
{
    private readonly string _dir = Path.Combine(Path.GetTempPath(), "bastion-cli-data-" + Guid.NewGuid().ToString("N"));

    public DataCommandTests() => Directory.CreateDirectory(_dir);

    public void Dispose()
    {
        try
        {
            Directory.Delete(_dir, recursive: true);
        }
        catch (IOException)
        {
            // Best effort.
        }
    }

    [Fact]
    public void Validate_BadFile_PrintsEveryProblemAndExitsOne()
    {
        string path = Write("bad.csv", "timestamp,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-03,10,9,11,10,-1\n2024-01-03,10,11,9,10,1\n");
        (int code, string output, _) = Run("data", "validate", path);

        Assert.Equal(1, code);
        Assert.Contains($"{path}:3 high error: high 9 is below low 11 [HighBelowLow]", output, StringComparison.Ordinal);
        Assert.Contains($"{path}:3 volume error:", output, StringComparison.Ordinal);
        Assert.Contains("FAILED: 2 error(s)", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Samples_ExitZeroWithWarningsOnly()
    {
        string samples = Path.Combine(RepoRoot(), "data", "samples");
        string[] files = [.. Directory.GetFiles(samples, "*.csv").Order(StringComparer.Ordinal)];
        (int code, string output, string error) = Run(["data", "validate", .. files]);

        Assert.True(code == 0, output + error);
        Assert.Equal(5, files.Length);
        Assert.Contains("OK: 5 file(s), no errors", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_XnysCalendar_ReportsMissingTradingDayAndRowOnHoliday()
    {
        // 2024-01-02 (Tue) and 2024-01-04 (Thu) are XNYS sessions; 2024-01-03 is missing; 2024-01-15 is Martin Luther King Jr. Day.
        string path = Write("gaps.csv", "timestamp,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n2024-01-04,10,11,9,10.5,100\n2024-01-05,10,11,9,10.5,100\n2024-01-08,10,11,9,10.5,100\n2024-01-09,10,11,9,10.5,100\n2024-01-10,10,11,9,10.5,100\n2024-01-11,10,11,9,10.5,100\n2024-01-12,10,11,9,10.5,100\n2024-01-15,10,11,9,10.5,100\n2024-01-16,10,11,9,10.5,100\n");

        (int code, string output, string error) = Run("data", "validate", path, "--calendar", "XNYS");

        Assert.True(code == 0, output + error); // calendar gaps are warnings, not errors
        Assert.Contains("trading day 2024-01-03 of XNYS has no row [MissingTradingDay]", output, StringComparison.Ordinal);
        Assert.Contains("2024-01-15 is not a trading day of XNYS [NonTradingDay]", output, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_UnknownCalendar_ExitTwoListingKnownOnes()
    {
        string path = Write("ok.csv", "timestamp,open,high,low,close,volume\n2024-01-02,10,11,9,10.5,100\n");
        (int code, _, string error) = Run("data", "validate", path, "--calendar", "LSE");
        Assert.Equal(2, code);
        Assert.Contains("XNYS", error, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_Json_ListsFilesAndIssues()
    {
        string path = Write("bad.csv", "timestamp,open,high,low,close,volume\n2024-01-02,10,11,9,abc,100\n");
        (int code, string output, _) = Run("data", "validate", path, "--format", "json");
        Assert.Equal(1, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        JsonElement file = doc.RootElement.GetProperty("files")[0];
        Assert.False(doc.RootElement.GetProperty("clean").GetBoolean());
        Assert.Equal(1, file.GetProperty("errors").GetInt32());
        JsonElement issue = file.GetProperty("issues")[0];
        Assert.Equal(2, issue.GetProperty("line").GetInt32());
        Assert.Equal("close", issue.GetProperty("field").GetString());
        Assert.Equal("unparseable", issue.GetProperty("kind").GetString());
    }

    [Fact]
    public void Validate_Csv_OneRowPerIssue()
    {
        string path = Write("stale.csv", "date,AAA\n2024-01-02,5\n2024-01-03,5\n2024-01-04,5\n");
        (int code, string output, _) = Run("data", "validate", path, "--stale-run", "3", "--format", "csv");
        Assert.Equal(0, code);
        string[] lines = output.TrimEnd().Split('\n');
        Assert.Equal("file,line,field,severity,kind,message", lines[0]);
        Assert.StartsWith($"{path},4,AAA,warning,StalePrice,", lines[1], StringComparison.Ordinal);
        Assert.Equal(2, lines.Length);
    }

    [Theory]
    [InlineData("--max-sigma", "0", "--max-sigma")]
    [InlineData("--stale-run", "1", "--stale-run")]
    public void Validate_BadOption_ExitsTwoNamingIt(string option, string value, string named)
    {
        string path = Write("ok.csv", "date,AAA\n2024-01-02,5\n");
        (int code, _, string error) = Run("data", "validate", path, option, value);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
    }

    [Fact]
    public void Validate_MissingOrUnknownFile_ExitsTwo()
    {
        (int missing, _, string e1) = Run("data", "validate", Path.Combine(_dir, "nope.csv"));
        Assert.Equal(2, missing);
        Assert.Contains("nope.csv", e1, StringComparison.Ordinal);

        string odd = Write("odd.csv", "foo,bar\n1,2\n");
        (int unknown, _, string e2) = Run("data", "validate", odd);
        Assert.Equal(2, unknown);
        Assert.Contains("odd.csv:1: header:", e2, StringComparison.Ordinal);
    }

    [Fact]
    public void Generate_WritesFilesThatValidate_AndIsReproducible()
    {
        string a = Path.Combine(_dir, "a"), b = Path.Combine(_dir, "b");
        (int code, string output, string error) = Run("data", "generate", "--names", "AAA,BBB", "--days", "120", "--seed", "9", "--out", a);
        Assert.True(code == 0, error);
        Assert.Contains("AAA-1d.csv", output, StringComparison.Ordinal);
        Assert.Contains("wrote 2 file(s): 2 symbol(s), 120 day(s) at 1d, seed 9", output, StringComparison.Ordinal);

        Assert.Equal(0, Run("data", "generate", "--names", "AAA,BBB", "--days", "120", "--seed", "9", "--out", b).Code);
        Assert.Equal(File.ReadAllBytes(Path.Combine(a, "BBB-1d.csv")), File.ReadAllBytes(Path.Combine(b, "BBB-1d.csv")));
        Assert.Equal(0, Run("data", "validate", Path.Combine(a, "AAA-1d.csv"), Path.Combine(a, "BBB-1d.csv")).Code);
    }

    [Fact]
    public void Generate_WideAndIntraday_Json()
    {
        (int code, string output, _) = Run("data", "generate", "--symbols", "3", "--days", "10", "--seed", "1", "--out", _dir, "--layout", "wide", "--format", "json");
        Assert.Equal(0, code);
        using JsonDocument doc = JsonDocument.Parse(output);
        Assert.EndsWith("prices-1d.csv", doc.RootElement.GetProperty("files")[0].GetProperty("path").GetString(), StringComparison.Ordinal);
        Assert.StartsWith("date,SYN1,SYN2,SYN3\n", File.ReadAllText(Path.Combine(_dir, "prices-1d.csv")), StringComparison.Ordinal);

        Assert.Equal(0, Run("data", "generate", "--symbols", "1", "--days", "2", "--seed", "1", "--out", _dir, "--resolution", "5m").Code);
        Assert.Equal(1 + (2 * 78), File.ReadAllLines(Path.Combine(_dir, "SYN1-5m.csv")).Length);
    }

    [Fact]
    public void Generate_ExistingFile_NeedsForce()
    {
        string existing = Write("AAA-1d.csv", "precious");
        (int code, _, string error) = Run("data", "generate", "--names", "AAA", "--days", "5", "--seed", "1", "--out", _dir);
        Assert.Equal(2, code);
        Assert.Contains("--force", error, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(existing));

        Assert.Equal(0, Run("data", "generate", "--names", "AAA", "--days", "5", "--seed", "1", "--out", _dir, "--force").Code);
        Assert.StartsWith("timestamp,", File.ReadAllText(existing), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--resolution", "7m", "--resolution")]
    [InlineData("--layout", "long", "--layout")]
    [InlineData("--start", "2015-13-01", "--start")]
    [InlineData("--days", "0", "--days")]
    [InlineData("--names", "A B", "--names")]
    public void Generate_BadOption_OneLineErrorNamingIt(string option, string value, string named)
    {
        List<string> args = ["data", "generate", "--days", "5", "--seed", "1", "--out", _dir];
        if (option != "--names")
        {
            args.AddRange(["--symbols", "2"]);
        }

        if (option == "--days")
        {
            args[3] = value;
        }
        else
        {
            args.AddRange([option, value]);
        }

        (int code, _, string error) = Run([.. args]);
        Assert.Equal(2, code);
        Assert.Contains(named, error, StringComparison.Ordinal);
        Assert.Single(error.TrimEnd().Split('\n'));
        Assert.Empty(Directory.GetFiles(_dir));
    }

    [Fact]
    public void Generate_SymbolsAndNamesTogether_OrNeither_AreErrors()
    {
        Assert.Equal(2, Run("data", "generate", "--symbols", "2", "--names", "A,B", "--days", "5", "--seed", "1", "--out", _dir).Code);
        (int code, _, string error) = Run("data", "generate", "--days", "5", "--seed", "1", "--out", _dir);
        Assert.Equal(2, code);
        Assert.Contains("--symbols", error, StringComparison.Ordinal);
        Assert.Equal(2, Run("data", "generate", "--symbols", "2", "--days", "5", "--out", _dir).Code); // --seed is required
    }

    [Theory]
    [InlineData("validate")]
    [InlineData("generate")]
    public void Help_HasAnExample(string verb)
    {
        (int code, string output, _) = Run("data", verb, "--help");
        Assert.Equal(0, code);
        Assert.Contains("Example:", output, StringComparison.Ordinal);
        Assert.Contains($"bastion data {verb}", output, StringComparison.Ordinal);
    }

    private static (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    private string Write(string name, string content)
    {
        string path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static string RepoRoot() => Bastion.Testing.RepositoryPaths.Root;
}
