using System.Diagnostics;

namespace Bastion.Cli.Tests;

/// <summary>
/// The release build (src/Bastion.Cli/Properties/PublishProfiles/release.pubxml: self-contained, one composite
/// ReadyToRun image, tiered compilation off) is what bench/README.md's CLI figures are measured on, so it must give the
/// same answers as the code the other tests run. Publishes it from this checkout (about a minute) and compares a
/// backtest's run folder and stdout, byte for byte, with the in-process CLI's.
/// </summary>
public sealed class ReleaseBuildTests : IDisposable
{
    private readonly CliHarness _cli = new();

    public void Dispose() => _cli.Dispose();

    [Fact]
    public void ReleaseBinary_Backtest_SameRunFolderAndStdoutAsInProcess()
    {
        string root = Bastion.Testing.RepositoryPaths.Root;
        string published = Path.Combine(_cli.Dir, "release");
        (int publishCode, string publishLog) = Execute("dotnet", root,
            "publish", Path.Combine(root, "src", "Bastion.Cli"), "-c", "Release", "-p:PublishProfile=release", "-o", published, "-nologo", "-v", "q");
        Assert.True(publishCode == 0, publishLog);

        // Both write the same folder in turn (run.json names it); the first one's is moved aside for the comparison.
        string folder = Path.Combine(_cli.Dir, "run");
        string[] args = ["backtest", "--strategy", "momentum", "--param", "lookback=63", "--param", "top=1",
            "--data", Bastion.Testing.RepositoryPaths.Sample("ORCL-daily-1995-2014.csv"), "--data", Bastion.Testing.RepositoryPaths.Sample("YHOO-daily-1996-2015.csv"),
            "--commission-bps", "2", "--slippage-bps", "1", "--format", "json", "--out", folder];
        (int code, string expectedOut, string err) = _cli.Run(args);
        Assert.True(code == 0, err);
        string expected = Path.Combine(_cli.Dir, "expected");
        Directory.Move(folder, expected);

        (int releaseCode, string releaseOut) = Execute(Path.Combine(published, "bastion"), _cli.Dir, args);
        Assert.True(releaseCode == 0, releaseOut);
        Assert.Equal(expectedOut, releaseOut);
        string[] files = [.. Directory.GetFiles(expected).Select(Path.GetFileName).Order(StringComparer.Ordinal)!];
        Assert.Equal(files, Directory.GetFiles(folder).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.Contains("orders.csv", files);
        foreach (string file in files)
        {
            Assert.True(File.ReadAllBytes(Path.Combine(expected, file)).AsSpan().SequenceEqual(File.ReadAllBytes(Path.Combine(folder, file))), $"{file} differs");
        }
    }

    /// <summary>Runs a program to completion; its exit code and its stdout (stderr appended).</summary>
    private static (int Code, string Output) Execute(string program, string workingDirectory, params string[] args)
    {
        var start = new ProcessStartInfo(program) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (string arg in args)
        {
            start.ArgumentList.Add(arg);
        }

        using Process process = Process.Start(start)!;
        Task<string> stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        string errors = stderr.Result;
        return (process.ExitCode, errors.Length == 0 ? stdout : stdout + errors);
    }
}
