namespace Bastion.Cli.Tests;

/// <summary>Runs the CLI in-process and owns a temp directory for input files.</summary>
internal sealed class CliHarness : IDisposable
{
    public string Dir { get; } = Path.Combine(Path.GetTempPath(), "bastion-cli-" + Guid.NewGuid().ToString("N"));

    public CliHarness() => Directory.CreateDirectory(Dir);

    public string File(string name, string content)
    {
        string path = Path.Combine(Dir, name);
        System.IO.File.WriteAllText(path, content);
        return path;
    }

    public (int Code, string Out, string Err) Run(params string[] args) => CliRunner.Run(args);

    public void Dispose()
    {
        if (Directory.Exists(Dir))
        {
            Directory.Delete(Dir, recursive: true);
        }
    }
}
