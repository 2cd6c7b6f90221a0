using Bastion.Cli.Configuration;
using Bastion.Cli.Infrastructure;

namespace Bastion.Cli.Commands.Risk;

/// <summary>
/// The YAML config of <c>bastion risk limits</c>: input files (relative paths resolved against the config's folder),
/// the return window, the VaR settings and, per check, a limit and a warning level (default 0.8 × limit).
/// </summary>
internal sealed record LimitsConfig
{
    /// <summary>Check names in output order (the order of <see cref="Bastion.Risk.Limits.LimitMonitor"/>).</summary>
    public static readonly string[] Checks =
        ["position-weight", "sector-weight", "correlation", "var", "lvar", "daily-loss", "gross-exposure", "net-exposure", "days-to-liquidate"];

    private static readonly string[] s_inputKeys = ["inputs.positions", "inputs.prices", "inputs.sectors", "inputs.adv", "inputs.spreads"];

    private static readonly string[] s_keys =
    [
        .. s_inputKeys, "nav", "window", "var.confidence", "var.method", "lvar.k", "liquidity.participation",
        .. Checks.SelectMany(c => new[] { $"limits.{c}.limit", $"limits.{c}.warn" }),
    ];

    public required string Positions { get; init; }

    public required string Prices { get; init; }

    public string? Sectors { get; init; }

    public string? Adv { get; init; }

    /// <summary>Optional <c>symbol,mean,sd</c> file of relative bid–ask spreads for the liquidity-adjusted VaR.</summary>
    public string? Spreads { get; init; }

    /// <summary>Multiple k of the spread's standard deviation in LVaR (Bangia et al. 1999).</summary>
    public double SpreadK { get; init; }

    /// <summary>Portfolio value (currency, cash included) the weights are fractions of (null: Σ quantity·price).</summary>
    public double? Nav { get; init; }

    /// <summary>Number of most recent returns used for correlation and VaR (null: all).</summary>
    public int? Window { get; init; }

    public double Confidence { get; init; } = 0.99;

    /// <summary>historical or normal.</summary>
    public string Method { get; init; } = "historical";

    /// <summary>Share of ADV tradable per day.</summary>
    public double Participation { get; init; } = 0.1;

    /// <summary>Configured checks: name → (limit, warning level).</summary>
    public required IReadOnlyDictionary<string, (double Limit, double Warn)> Thresholds { get; init; }

    public static LimitsConfig Load(string path)
    {
        ConfigDocument doc = ConfigDocument.Load(path, "limits");
        doc.RejectUnknown(s_keys);
        string folder = Path.GetDirectoryName(path) ?? string.Empty;
        string? File(string key) => doc.GetString(key) is { Length: > 0 } f ? Path.Combine(folder, f) : null;

        var thresholds = new Dictionary<string, (double, double)>(StringComparer.Ordinal);
        foreach (string check in Checks)
        {
            string limitKey = $"limits.{check}.limit", warnKey = $"limits.{check}.warn";
            double? limit = doc.GetDouble(limitKey), warn = doc.GetDouble(warnKey);
            if (limit is null)
            {
                if (warn is not null)
                {
                    throw new CliUsageException($"{doc.Get(warnKey)!.Source}: '{warnKey}' without '{limitKey}'");
                }

                continue;
            }

            if (!(limit > 0.0))
            {
                throw new CliUsageException($"{doc.Get(limitKey)!.Source}: '{limitKey}' must be positive, got {limit}");
            }

            double w = warn ?? (0.8 * limit.Value);
            if (!(w > 0.0 && w <= limit))
            {
                throw new CliUsageException($"{doc.Get(warnKey)!.Source}: '{warnKey}' must be in (0, limit {limit}], got {w}");
            }

            thresholds[check] = (limit.Value, w);
        }

        if (thresholds.Count == 0)
        {
            throw new CliUsageException($"{path}: no limits configured (set at least one limits.<check>.limit; checks: {string.Join(", ", Checks)})");
        }

        double? nav = doc.GetDouble("nav");
        if (nav is not null && !(nav > 0.0))
        {
            throw new CliUsageException($"{doc.Get("nav")!.Source}: 'nav' must be positive, got {nav}");
        }

        double? window = doc.GetDouble("window");
        if (window is { } n && (n < 2 || n != Math.Floor(n)))
        {
            throw new CliUsageException($"{doc.Get("window")!.Source}: 'window' must be a whole number of at least 2, got {n}");
        }

        double confidence = doc.GetDouble("var.confidence") ?? 0.99;
        if (!(confidence > 0.5 && confidence < 1.0))
        {
            throw new CliUsageException($"{doc.Get("var.confidence")!.Source}: 'var.confidence' must be in (0.5, 1), got {confidence}");
        }

        string method = doc.GetString("var.method") ?? "historical";
        if (method is not ("historical" or "normal"))
        {
            throw new CliUsageException($"{doc.Get("var.method")!.Source}: 'var.method' must be historical or normal, got '{method}'");
        }

        double? k = doc.GetDouble("lvar.k");
        if (thresholds.ContainsKey("lvar") && k is null)
        {
            throw new CliUsageException($"{path}: 'limits.lvar.limit' needs 'lvar.k' (multiple of the spread's standard deviation)");
        }

        if (k < 0.0)
        {
            throw new CliUsageException($"{doc.Get("lvar.k")!.Source}: 'lvar.k' must be non-negative, got {k}");
        }

        double participation = doc.GetDouble("liquidity.participation") ?? 0.1;
        if (!(participation > 0.0 && participation <= 1.0))
        {
            throw new CliUsageException($"{doc.Get("liquidity.participation")!.Source}: 'liquidity.participation' must be in (0, 1], got {participation}");
        }

        return new LimitsConfig
        {
            Positions = File("inputs.positions") ?? throw new CliUsageException($"{path}: 'inputs.positions' is required (a symbol,quantity file)"),
            Prices = File("inputs.prices") ?? throw new CliUsageException($"{path}: 'inputs.prices' is required (a wide price CSV)"),
            Sectors = File("inputs.sectors"),
            Adv = File("inputs.adv"),
            Spreads = File("inputs.spreads"),
            SpreadK = k ?? 0.0,
            Nav = nav,
            Window = window is { } v ? (int)v : null,
            Confidence = confidence,
            Method = method,
            Participation = participation,
            Thresholds = thresholds,
        };
    }
}
