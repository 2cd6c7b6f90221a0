using System.Globalization;
using System.Text;

namespace Bastion.Cli.Tests.Risk;

/// <summary>Temporary input files for the risk CLI tests, deleted on dispose.</summary>
internal sealed class RiskCliFiles : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("bastion-risk-cli-").FullName;

    public string Write(string name, string content)
    {
        string path = Path.Combine(_directory, name);
        File.WriteAllText(path, content);
        return path;
    }

    /// <summary>A one-column returns file: date,NAME then one row per value.</summary>
    public string Returns(string name, IEnumerable<double> values, string column = "R")
    {
        var sb = new StringBuilder("date," + column + "\n");
        DateOnly day = new(2020, 1, 1);
        foreach (double v in values)
        {
            sb.Append(day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append(',').Append(v.ToString("R", CultureInfo.InvariantCulture)).Append('\n');
            day = day.AddDays(1);
        }

        return Write(name, sb.ToString());
    }

    /// <summary>The repository root (to read the risk test fixtures), found by walking up from the test binaries.</summary>
    public static string RepositoryFile(string relative) => Bastion.Testing.RepositoryPaths.File(relative);

    public void Dispose() => Directory.Delete(_directory, recursive: true);
}
