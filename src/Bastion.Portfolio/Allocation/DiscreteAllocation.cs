namespace Bastion.Portfolio.Allocation;

/// <summary>
/// Turns long-only weights and a cash amount into whole lots. <see cref="Greedy"/> reproduces PyPortfolioOpt's
/// <c>greedy_portfolio</c> (floor every position, then buy one lot at a time of the most underweight asset that is
/// affordable). <see cref="LeastSquares"/> starts there and keeps making the single-lot buy, sell or swap that most
/// reduces Σ (wᵢV − nᵢpᵢ)² within the cash, until no move helps: a local optimum of the least-squares rounding problem.
/// Prices are per lot (price × lot size × multiplier); money is <see cref="decimal"/>.
/// </summary>
public static class DiscreteAllocation
{
    /// <summary>PyPortfolioOpt's greedy rounding.</summary>
    /// <exception cref="ArgumentException">Negative weights, a symbol without a positive price, or non-positive cash.</exception>
    public static DiscreteAllocationResult Greedy(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, decimal> lotPrices, decimal cash)
    {
        (string[] symbols, double[] w, decimal[] p) = Validate(weights, lotPrices, cash);

        // Descending weight, stable on ties (Python's sorted(..., reverse=True) keeps input order for equal keys).
        int[] order = [.. Enumerable.Range(0, symbols.Length).OrderByDescending(i => w[i])];
        var lots = new long[symbols.Length];
        decimal available = cash;
        foreach (int i in order)
        {
            lots[i] = (long)Math.Floor(w[i] * (double)cash / (double)p[i]);
            available -= lots[i] * p[i];
        }

        while (available > 0)
        {
            double invested = 0;
            foreach (int i in order)
            {
                invested += (double)(lots[i] * p[i]);
            }

            double[] deficit = [.. order.Select(i => w[i] - (invested == 0 ? 0 : (double)(lots[i] * p[i]) / invested))];
            int k = ArgMax(deficit);
            int counter = 0;
            while (p[order[k]] > available)
            {
                deficit[k] = 0;
                k = ArgMax(deficit);
                if (deficit[k] < 0 || counter == 10)
                {
                    break;
                }

                counter++;
            }

            if (deficit[k] <= 0 || counter == 10 || p[order[k]] > available)
            {
                break;
            }

            lots[order[k]]++;
            available -= p[order[k]];
        }

        return Result("greedy", symbols, w, p, lots, cash, available);
    }

    /// <summary>Least-squares rounding by local search from the greedy solution.</summary>
    public static DiscreteAllocationResult LeastSquares(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, decimal> lotPrices, decimal cash)
    {
        DiscreteAllocationResult greedy = Greedy(weights, lotPrices, cash);
        (string[] symbols, double[] w, decimal[] p) = Validate(weights, lotPrices, cash);
        var lots = symbols.Select(s => greedy.Lots.GetValueOrDefault(s)).ToArray();
        decimal available = greedy.Leftover;
        double v = (double)cash;
        var gap = new double[symbols.Length]; // target value − held value
        for (int i = 0; i < gap.Length; i++)
        {
            gap[i] = (w[i] * v) - (double)(lots[i] * p[i]);
        }

        for (int step = 0; step < 1_000_000; step++)
        {
            // Change of Σ gap² for buying one lot of i: (gᵢ − pᵢ)² − gᵢ² = pᵢ² − 2gᵢpᵢ; selling: pᵢ² + 2gᵢpᵢ.
            double best = -1e-9 * v * v;
            int buy = -1, sell = -1;
            for (int i = 0; i < symbols.Length; i++)
            {
                double pi = (double)p[i];
                if (p[i] <= available)
                {
                    double d = (pi * pi) - (2 * gap[i] * pi);
                    if (d < best)
                    {
                        (best, buy, sell) = (d, i, -1);
                    }
                }

                if (lots[i] > 0)
                {
                    double d = (pi * pi) + (2 * gap[i] * pi);
                    if (d < best)
                    {
                        (best, buy, sell) = (d, -1, i);
                    }

                    for (int j = 0; j < symbols.Length; j++)
                    {
                        if (j == i || p[j] > available + p[i])
                        {
                            continue;
                        }

                        double pj = (double)p[j];
                        double swap = (pi * pi) + (2 * gap[i] * pi) + (pj * pj) - (2 * gap[j] * pj);
                        if (swap < best)
                        {
                            (best, buy, sell) = (swap, j, i);
                        }
                    }
                }
            }

            if (buy < 0 && sell < 0)
            {
                break;
            }

            if (sell >= 0)
            {
                lots[sell]--;
                available += p[sell];
                gap[sell] += (double)p[sell];
            }

            if (buy >= 0)
            {
                lots[buy]++;
                available -= p[buy];
                gap[buy] -= (double)p[buy];
            }
        }

        return Result("least-squares", symbols, w, p, lots, cash, available);
    }

    private static (string[] Symbols, double[] Weights, decimal[] Prices) Validate(IReadOnlyDictionary<string, double> weights, IReadOnlyDictionary<string, decimal> lotPrices, decimal cash)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentNullException.ThrowIfNull(lotPrices);
        if (cash <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(cash), cash, "cash must be positive");
        }

        string[] symbols = [.. weights.Keys];
        var w = new double[symbols.Length];
        var p = new decimal[symbols.Length];
        for (int i = 0; i < symbols.Length; i++)
        {
            w[i] = weights[symbols[i]];
            if (!(w[i] >= 0) || double.IsInfinity(w[i]))
            {
                throw new ArgumentException($"weight of {symbols[i]} is {w[i]}; discrete allocation takes long-only weights", nameof(weights));
            }

            if (!lotPrices.TryGetValue(symbols[i], out p[i]) || p[i] <= 0)
            {
                throw new ArgumentException($"no positive price for {symbols[i]}", nameof(lotPrices));
            }
        }

        double total = w.Sum();
        if (!(total > 0))
        {
            throw new ArgumentException("weights sum to zero", nameof(weights));
        }

        for (int i = 0; i < w.Length; i++)
        {
            w[i] /= total;
        }

        return (symbols, w, p);
    }

    private static int ArgMax(double[] values)
    {
        int best = 0;
        for (int i = 1; i < values.Length; i++)
        {
            if (values[i] > values[best])
            {
                best = i;
            }
        }

        return best;
    }

    private static DiscreteAllocationResult Result(string method, string[] symbols, double[] w, decimal[] p, long[] lots, decimal cash, decimal leftover)
    {
        double v = (double)cash, sq = 0;
        var held = new Dictionary<string, long>(StringComparer.Ordinal);
        for (int i = 0; i < symbols.Length; i++)
        {
            double g = (w[i] * v) - (double)(lots[i] * p[i]);
            sq += g * g;
            if (lots[i] != 0)
            {
                held[symbols[i]] = lots[i];
            }
        }

        return new DiscreteAllocationResult(method, held, leftover, Math.Sqrt(sq) / v);
    }
}
