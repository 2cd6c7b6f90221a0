using Bastion.Cli.Configuration;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Tests.Configuration;

public sealed class ConfigDocumentTests : IDisposable
{
    private readonly string _dir = Directory.CreateTempSubdirectory("bastion-config-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    private string Write(string yaml)
    {
        string path = Path.Combine(_dir, "run.yaml");
        File.WriteAllText(path, yaml);
        return path;
    }

    [Fact]
    public void Load_NestedKeys_FlattenWithDots()
    {
        string path = Write("strategy: sma-cross\nparams:\n  fast: 10\n  slow: 50\ndata:\n  - a.csv\n  - b.csv\ncash: 250000\n");
        ConfigDocument doc = ConfigDocument.Load(path, "backtest", new Dictionary<string, string>());

        Assert.Equal("sma-cross", doc.GetString("strategy"));
        Assert.Equal(250000.0, doc.GetDouble("cash"));
        Assert.Equal(["a.csv", "b.csv"], doc.GetList("data"));
        Assert.Equal([("fast", "10"), ("slow", "50")], doc.GetSection("params.").Select(p => (p.Name, p.Value.Scalar!)));
        doc.RejectUnknown(["strategy", "params.*", "data", "cash"]);
    }

    [Fact]
    public void RejectUnknown_MisspeltKey_NamesFileLineAndKey()
    {
        string path = Write("strategy: buy-and-hold\n\ncahs: 5\n");
        ConfigDocument doc = ConfigDocument.Load(path, "backtest", new Dictionary<string, string>());

        var ex = Assert.Throws<CliUsageException>(() => doc.RejectUnknown(["strategy", "cash"]));
        Assert.Equal($"{path}:3: unknown key 'cahs' (known: strategy, cash)", ex.Message);
    }

    [Fact]
    public void GetDouble_NotANumber_NamesLine()
    {
        string path = Write("cash: lots\n");
        ConfigDocument doc = ConfigDocument.Load(path, "backtest", new Dictionary<string, string>());

        var ex = Assert.Throws<CliUsageException>(() => doc.GetDouble("cash"));
        Assert.Equal($"{path}:1: 'cash' must be a number, got 'lots'", ex.Message);
    }

    [Fact]
    public void Load_InvalidYaml_NamesLine()
    {
        string path = Write("strategy: a\nparams: [unclosed\n");
        var ex = Assert.Throws<CliUsageException>(() => ConfigDocument.Load(path, "backtest", new Dictionary<string, string>()));
        Assert.StartsWith(path + ":", ex.Message, StringComparison.Ordinal);
        Assert.Contains("invalid YAML", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_EnvironmentVariable_OverridesFileValue()
    {
        string path = Write("cash: 100\ncosts:\n  commission-bps: 1\n");
        var env = new Dictionary<string, string>
        {
            ["BASTION__BACKTEST__CASH"] = "200",
            ["BASTION__BACKTEST__COSTS__COMMISSION_BPS"] = "2.5",
            ["BASTION__OTHER__CASH"] = "999",
        };
        ConfigDocument doc = ConfigDocument.Load(path, "backtest", env);

        Assert.Equal(200.0, doc.GetDouble("cash"));
        Assert.Equal(2.5, doc.GetDouble("costs.commission-bps"));
        Assert.Equal("environment variable BASTION__BACKTEST__CASH", doc.Get("cash")!.Source);
    }

    [Fact]
    public void Load_MissingFile_IsUsageError()
    {
        var ex = Assert.Throws<CliUsageException>(() => ConfigDocument.Load(Path.Combine(_dir, "nope.yaml"), "backtest"));
        Assert.EndsWith("config file not found", ex.Message, StringComparison.Ordinal);
    }
}
