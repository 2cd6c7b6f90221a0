using System.Globalization;

namespace Bastion.Engine.Strategies;

/// <summary>
/// The built-in strategies by name: <c>buy-and-hold</c>, <c>equal-weight</c>, <c>sma-cross</c> and <c>momentum</c>.
/// Parameters come as text key/values (<c>fast=10</c>); an unknown strategy, an unknown key or a bad value is an
/// <see cref="ArgumentException"/> whose message names it and lists what is accepted. Thread-safe.
/// </summary>
public static class StrategyRegistry
{
    private static readonly StrategyDescription[] s_all =
    [
        new("buy-and-hold", "Buys an equal fraction of equity in every symbol at its first bar and holds.", []),
        new("equal-weight", "Holds every symbol at an equal fraction of equity, rebalanced on the first bar of each month.", []),
        new("sma-cross", "Per symbol, long an equal fraction of equity while the fast SMA of closes is above the slow SMA, flat otherwise.",
        [
            new("fast", "10", "bars in the fast simple moving average (≥ 1, < slow)"),
            new("slow", "30", "bars in the slow simple moving average (> fast)"),
        ]),
        new("momentum", "Monthly, holds the top N symbols by trailing return at equal weight.",
        [
            new("lookback", "126", "bars in the trailing return (≥ 1)"),
            new("top", "3", "number of symbols held (≥ 1)"),
        ]),
    ];

    /// <summary>Every built-in strategy with its parameters.</summary>
    public static IReadOnlyList<StrategyDescription> All => s_all;

    /// <summary>The description of <paramref name="name"/>.</summary>
    /// <exception cref="ArgumentException">No strategy has that name.</exception>
    public static StrategyDescription Describe(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        foreach (StrategyDescription d in s_all)
        {
            if (string.Equals(d.Name, name, StringComparison.Ordinal))
            {
                return d;
            }
        }

        throw new ArgumentException($"unknown strategy '{name}'; built-in strategies: {string.Join(", ", s_all.Select(s => s.Name))}", nameof(name));
    }

    /// <summary>Creates a fresh instance of the strategy <paramref name="name"/> with the given parameters (missing keys take their defaults).</summary>
    /// <exception cref="ArgumentException">Unknown strategy or parameter, or a value that is not valid; the message names it.</exception>
    public static Strategy Create(string name, IReadOnlyDictionary<string, string>? parameters = null)
    {
        StrategyDescription d = Describe(name);
        parameters ??= new Dictionary<string, string>();
        foreach (string key in parameters.Keys)
        {
            if (!d.Parameters.Any(p => string.Equals(p.Name, key, StringComparison.Ordinal)))
            {
                string accepted = d.Parameters.Count == 0
                    ? "it takes no parameters"
                    : "accepted: " + string.Join(", ", d.Parameters.Select(p => $"{p.Name} (default {p.DefaultValue})"));
                throw new ArgumentException($"unknown parameter '{key}' for strategy {d.Name}; {accepted}", key);
            }
        }

        switch (d.Name)
        {
            case "buy-and-hold":
                return new BuyAndHold();
            case "equal-weight":
                return new EqualWeight();
            case "sma-cross":
                int fast = Integer(d, parameters, "fast", 1);
                int slow = Integer(d, parameters, "slow", 2);
                if (fast >= slow)
                {
                    throw new ArgumentException($"parameter 'fast' ({fast}) must be less than 'slow' ({slow})", "fast");
                }

                return new SmaCross(fast, slow);
            default:
                return new Momentum(Integer(d, parameters, "lookback", 1), Integer(d, parameters, "top", 1));
        }
    }

    /// <summary>Parses <c>key=value</c> pairs (as given on a command line) into a dictionary.</summary>
    /// <exception cref="ArgumentException">A pair has no '=' or an empty key, or a key appears twice.</exception>
    public static IReadOnlyDictionary<string, string> ParseParameters(IEnumerable<string> pairs)
    {
        ArgumentNullException.ThrowIfNull(pairs);
        var map = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (string pair in pairs)
        {
            int eq = pair.IndexOf('=', StringComparison.Ordinal);
            if (eq <= 0)
            {
                throw new ArgumentException($"parameter '{pair}' must look like key=value", nameof(pairs));
            }

            string key = pair[..eq].Trim();
            if (!map.TryAdd(key, pair[(eq + 1)..].Trim()))
            {
                throw new ArgumentException($"parameter '{key}' is given twice", key);
            }
        }

        return map;
    }

    private static int Integer(StrategyDescription d, IReadOnlyDictionary<string, string> parameters, string key, int minimum)
    {
        string text = parameters.TryGetValue(key, out string? given) ? given : d.Parameters.First(p => p.Name == key).DefaultValue;
        if (!int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) || value < minimum)
        {
            throw new ArgumentException($"parameter '{key}' of strategy {d.Name} must be a whole number ≥ {minimum}, not '{text}'", key);
        }

        return value;
    }
}
