using System.Globalization;
using Bastion.Cli.Infrastructure;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace Bastion.Cli.Configuration;

/// <summary>
/// A YAML config file flattened to dotted keys (<c>costs.commission-bps</c>), each remembering its line, with
/// <c>BASTION__SECTION__KEY</c> environment variables layered on top (DESIGN.md §3). Commands bind the keys they know
/// after <see cref="RejectUnknown"/> has refused any key they do not know, naming file, line and key.
/// </summary>
internal sealed class ConfigDocument
{
    private readonly Dictionary<string, ConfigValue> _values;

    private ConfigDocument(string path, Dictionary<string, ConfigValue> values)
    {
        Path = path;
        _values = values;
    }

    /// <summary>The file the document was read from.</summary>
    public string Path { get; }

    /// <summary>Reads and flattens a YAML file, then applies environment overrides for <paramref name="section"/>.</summary>
    public static ConfigDocument Load(string path, string section, IReadOnlyDictionary<string, string>? environment = null)
    {
        if (!File.Exists(path))
        {
            throw new CliUsageException($"{path}: config file not found");
        }

        var values = new Dictionary<string, ConfigValue>(StringComparer.Ordinal);
        var stream = new YamlStream();
        try
        {
            using var reader = new StreamReader(path);
            stream.Load(reader);
        }
        catch (YamlException ex)
        {
            throw new CliUsageException($"{path}:{ex.Start.Line}: invalid YAML: {ex.InnerException?.Message ?? ex.Message}");
        }

        if (stream.Documents.Count > 0)
        {
            if (stream.Documents[0].RootNode is not YamlMappingNode root)
            {
                throw new CliUsageException($"{path}:{stream.Documents[0].RootNode.Start.Line}: the config must be a mapping of keys to values");
            }

            Flatten(path, root, prefix: string.Empty, values);
        }

        ApplyEnvironment(section, environment ?? ReadEnvironment(), values);
        return new ConfigDocument(path, values);
    }

    /// <summary>A scalar value, or null when the key is absent.</summary>
    public ConfigValue? Get(string key) => _values.GetValueOrDefault(key);

    /// <summary>A string value; errors if the key holds a list.</summary>
    public string? GetString(string key)
    {
        ConfigValue? value = Get(key);
        if (value is null)
        {
            return null;
        }

        return value.Scalar ?? throw new CliUsageException($"{value.Source}: '{key}' must be a single value, not a list");
    }

    /// <summary>A number value with the source named when it does not parse.</summary>
    public double? GetDouble(string key)
    {
        string? text = GetString(key);
        if (text is null)
        {
            return null;
        }

        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double v) && double.IsFinite(v)
            ? v
            : throw new CliUsageException($"{_values[key].Source}: '{key}' must be a number, got '{text}'");
    }

    /// <summary>A date value (ISO 8601, yyyy-MM-dd).</summary>
    public DateOnly? GetDate(string key)
    {
        string? text = GetString(key);
        if (text is null)
        {
            return null;
        }

        return DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new CliUsageException($"{_values[key].Source}: '{key}' must be a date yyyy-MM-dd, got '{text}'");
    }

    /// <summary>A list value; a single scalar counts as a list of one.</summary>
    public IReadOnlyList<string>? GetList(string key)
    {
        ConfigValue? value = Get(key);
        return value is null ? null : value.Items ?? [value.Scalar!];
    }

    /// <summary>All keys under a prefix (e.g. <c>params.</c>), with the prefix removed.</summary>
    public IReadOnlyList<(string Name, ConfigValue Value)> GetSection(string prefix)
    {
        var result = new List<(string, ConfigValue)>();
        foreach ((string key, ConfigValue value) in _values.OrderBy(kv => kv.Key, StringComparer.Ordinal))
        {
            if (key.StartsWith(prefix, StringComparison.Ordinal))
            {
                result.Add((key[prefix.Length..], value));
            }
        }

        return result;
    }

    /// <summary>
    /// Fails on the first key that is not in <paramref name="knownKeys"/> (a known key ending in <c>.*</c> admits its
    /// whole section), naming its line and the keys that are known. Call it before using any value.
    /// </summary>
    public void RejectUnknown(IReadOnlyCollection<string> knownKeys)
    {
        ArgumentNullException.ThrowIfNull(knownKeys);
        foreach (ConfigValue value in _values.Values.OrderBy(v => v.Source, StringComparer.Ordinal))
        {
            bool known = knownKeys.Any(k => k.EndsWith(".*", StringComparison.Ordinal)
                ? value.Key.StartsWith(k[..^1], StringComparison.Ordinal)
                : string.Equals(k, value.Key, StringComparison.Ordinal));
            if (!known)
            {
                throw new CliUsageException($"{value.Source}: unknown key '{value.Key}' (known: {string.Join(", ", knownKeys)})");
            }
        }
    }

    private static void Flatten(string path, YamlMappingNode node, string prefix, Dictionary<string, ConfigValue> values)
    {
        foreach ((YamlNode keyNode, YamlNode valueNode) in node.Children)
        {
            string name = ((YamlScalarNode)keyNode).Value ?? string.Empty;
            string key = prefix + name;
            string source = $"{path}:{keyNode.Start.Line}";
            switch (valueNode)
            {
                case YamlMappingNode child:
                    Flatten(path, child, key + ".", values);
                    break;
                case YamlSequenceNode seq:
                    var items = new List<string>();
                    foreach (YamlNode item in seq.Children)
                    {
                        items.Add(item is YamlScalarNode s
                            ? s.Value ?? string.Empty
                            : throw new CliUsageException($"{path}:{item.Start.Line}: '{key}' must be a list of plain values"));
                    }

                    values[key] = new ConfigValue(key, null, items, source);
                    break;
                case YamlScalarNode scalar:
                    values[key] = new ConfigValue(key, scalar.Value ?? string.Empty, null, source);
                    break;
            }
        }
    }

    /// <summary><c>BASTION__BACKTEST__COSTS__COMMISSION_BPS</c> overrides key <c>costs.commission-bps</c> of section <c>backtest</c>.</summary>
    private static void ApplyEnvironment(string section, IReadOnlyDictionary<string, string> environment, Dictionary<string, ConfigValue> values)
    {
        string prefix = $"BASTION__{section.ToUpperInvariant()}__";
        foreach ((string name, string text) in environment)
        {
            if (!name.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            string key = name[prefix.Length..].ToLowerInvariant().Replace("__", ".", StringComparison.Ordinal).Replace('_', '-');
            string source = $"environment variable {name}";
            values[key] = text.Contains(',', StringComparison.Ordinal) && values.GetValueOrDefault(key)?.Items is not null
                ? new ConfigValue(key, null, text.Split(',', StringSplitOptions.TrimEntries), source)
                : new ConfigValue(key, text, null, source);
        }
    }

    private static Dictionary<string, string> ReadEnvironment()
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in Environment.GetEnvironmentVariables())
        {
            result[(string)entry.Key] = (string?)entry.Value ?? string.Empty;
        }

        return result;
    }
}
