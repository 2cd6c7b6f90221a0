using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Tests;

public sealed class CliUsageExceptionTests
{
    [Fact]
    public void From_ArgumentException_DropsParameterSuffixAndAddsContext()
    {
        var ex = CliUsageException.From(new ArgumentException("view on unknown symbol 'TSLA'", "symbols"), "views.csv");
        Assert.Equal("views.csv: view on unknown symbol 'TSLA'", ex.Message);
    }

    [Fact]
    public void From_OutOfRange_DropsSuffixAndActualValueLine()
    {
        var ex = CliUsageException.From(new ArgumentOutOfRangeException("tau", 2.0, "tau must be in (0, 1]"));
        Assert.Equal("tau must be in (0, 1]", ex.Message);
    }

    [Fact]
    public void From_NoParameterName_KeepsMessage()
    {
        Assert.Equal("plain", CliUsageException.From(new ArgumentException("plain")).Message);
    }
}
