namespace Bastion.Portfolio.Estimation;

/// <summary>
/// The Marchenko–Pastur law of the eigenvalues of a correlation matrix of noise, and its fit to observed eigenvalues as
/// López de Prado ("Machine Learning for Asset Managers", 2020, snippets 2.1–2.4) does it: σ² minimizes the sum of
/// squared differences between the MP density on 1,000 evenly spaced points of its support [λ₋, λ₊] and a Gaussian
/// kernel density estimate of the eigenvalues at the same points, for σ² in [1e-5, 1 − 1e-5].
/// </summary>
/// <remarks>
/// The book minimizes with L-BFGS-B from σ² = 0.5; here a 100-point grid over the interval finds the best basin and a
/// golden-section search polishes it to 1e-12, so the global minimum is found even when the objective has several.
/// The fit depends on the kernel bandwidth (book: 0.01): on a 100-asset, five-factor panel σ² is 0.606 at 0.01 and
/// 0.746 at 0.25, which moves one eigenvalue across λ₊.
/// </remarks>
internal static class MarchenkoPastur
{
    private const int Points = 1000;
    private const double Low = 1e-5;
    private const double High = 1 - 1e-5;
    private const int Grid = 100;

    /// <summary>λ₊ = σ²(1 + √(1/q))², the upper edge of the support.</summary>
    public static double UpperEdge(double sigma2, double q) => sigma2 * Math.Pow(1 + Math.Sqrt(1 / q), 2);

    /// <summary>Kernel terms farther than this many bandwidths are below 2.6e-18 of a peak and are skipped.</summary>
    private const double Reach = 9;

    /// <summary>Fits σ² to <paramref name="eigenvalues"/> for q = T/N; returns σ² and λ₊.</summary>
    public static (double Sigma2, double LambdaPlus) Fit(double[] eigenvalues, double q, double bandwidth)
    {
        eigenvalues = [.. eigenvalues.Order()];
        double step = (High - Low) / (Grid - 1);
        int best = 0;
        double bestValue = double.PositiveInfinity;
        for (int i = 0; i < Grid; i++)
        {
            double value = Error(Low + (i * step), eigenvalues, q, bandwidth);
            if (value < bestValue)
            {
                (best, bestValue) = (i, value);
            }
        }

        double a = Low + (Math.Max(best - 1, 0) * step), b = Math.Min(Low + ((best + 1) * step), High);
        double sigma2 = GoldenSection(v => Error(v, eigenvalues, q, bandwidth), a, b, 1e-12);
        return (sigma2, UpperEdge(sigma2, q));
    }

    /// <summary>Σ (KDE(x) − MP(x))² over 1,000 points of the MP support (the book's <c>errPDFs</c>); eigenvalues ascending.</summary>
    private static double Error(double sigma2, double[] eigenvalues, double q, double bandwidth)
    {
        double lo = sigma2 * Math.Pow(1 - Math.Sqrt(1 / q), 2), hi = UpperEdge(sigma2, q);
        double step = (hi - lo) / (Points - 1);
        double norm = 1 / (eigenvalues.Length * bandwidth * Math.Sqrt(2 * Math.PI));
        double sse = 0;
        for (int p = 0; p < Points; p++)
        {
            double x = p == Points - 1 ? hi : lo + (p * step); // numpy.linspace: the last point is the end itself
            double mp = q / (2 * Math.PI * sigma2 * x) * Math.Sqrt(Math.Max((hi - x) * (x - lo), 0));
            double kde = 0;
            int first = Array.BinarySearch(eigenvalues, x - (Reach * bandwidth));
            for (int k = first < 0 ? ~first : first; k < eigenvalues.Length && eigenvalues[k] <= x + (Reach * bandwidth); k++)
            {
                double z = (x - eigenvalues[k]) / bandwidth;
                kde += Math.Exp(-0.5 * z * z);
            }

            double d = (kde * norm) - mp;
            sse += d * d;
        }

        return sse;
    }

    private static double GoldenSection(Func<double, double> f, double a, double b, double tolerance)
    {
        double ratio = (Math.Sqrt(5) - 1) / 2;
        double c = b - (ratio * (b - a)), d = a + (ratio * (b - a));
        double fc = f(c), fd = f(d);
        while (b - a > tolerance)
        {
            if (fc <= fd)
            {
                (b, d, fd) = (d, c, fc);
                c = b - (ratio * (b - a));
                fc = f(c);
            }
            else
            {
                (a, c, fc) = (c, d, fd);
                d = a + (ratio * (b - a));
                fd = f(d);
            }
        }

        return 0.5 * (a + b);
    }
}
