using System.Globalization;
using Bastion.Pricing.Volatility;

namespace Bastion.Pricing.Chains;

/// <summary>
/// Reads an option chain CSV — header <c>expiry,strike,type,price[,underlying]</c>, expiry as ISO date
/// (yyyy-MM-dd), type call|put — and builds the BSM implied-volatility smile per expiry. A bad row (unparseable
/// field, expired, price outside no-arbitrage bounds) is reported with file and line; the other rows still count.
/// </summary>
public static class OptionChain
{
    /// <summary>Builds the smiles.</summary>
    /// <param name="reader">The CSV text.</param>
    /// <param name="fileName">Name used in error messages.</param>
    /// <param name="valuationDate">Valuation date; T = (expiry − valuation date) days / 365.</param>
    /// <param name="spot">Underlying price for rows without an <c>underlying</c> cell (null: the column is required).</param>
    /// <param name="rate">Risk-free rate, continuous.</param>
    /// <param name="dividend">Dividend yield, continuous.</param>
    /// <exception cref="FormatException">The header is missing a required column.</exception>
    public static OptionChainResult Build(TextReader reader, string fileName, DateOnly valuationDate, double? spot, double rate, double dividend)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(fileName);
        var errors = new List<ChainRowError>();
        var points = new Dictionary<DateOnly, List<SmilePoint>>();
        string? header = reader.ReadLine();
        if (header is null)
        {
            throw new FormatException($"{fileName}:1: empty file, expected header expiry,strike,type,price[,underlying]");
        }

        string[] names = header.Split(',').Select(h => h.Trim().ToLowerInvariant()).ToArray();
        int expiryAt = Column(names, "expiry", fileName);
        int strikeAt = Column(names, "strike", fileName);
        int typeAt = Column(names, "type", fileName);
        int priceAt = Column(names, "price", fileName);
        int underlyingAt = Array.IndexOf(names, "underlying");
        int line = 1;
        string? text;
        while ((text = reader.ReadLine()) is not null)
        {
            line++;
            if (string.IsNullOrWhiteSpace(text))
            {
                continue;
            }

            string[] cells = text.Split(',');
            string? problem = Parse(cells, expiryAt, strikeAt, typeAt, priceAt, underlyingAt, spot, out DateOnly expiry, out double strike, out OptionType type, out double price, out double s);
            if (problem is null && expiry <= valuationDate)
            {
                problem = $"expiry {expiry:yyyy-MM-dd} is not after the valuation date {valuationDate:yyyy-MM-dd}";
            }

            if (problem is not null)
            {
                errors.Add(new ChainRowError(fileName, line, problem));
                continue;
            }

            double years = (expiry.DayNumber - valuationDate.DayNumber) / 365.0;
            ImpliedVolatilityResult iv = ImpliedVolatility.BlackScholesMerton(type, price, s, strike, rate, dividend, years);
            if (!iv.IsSolved)
            {
                errors.Add(new ChainRowError(fileName, line, $"price: {iv.Reason}"));
                continue;
            }

            double forward = s * Math.Exp((rate - dividend) * years);
            if (!points.TryGetValue(expiry, out List<SmilePoint>? list))
            {
                list = [];
                points[expiry] = list;
            }

            list.Add(new SmilePoint(strike, type, price, s, forward, strike / forward, Math.Log(strike / forward), iv.Volatility, line));
        }

        List<SmileSlice> smiles = points
            .OrderBy(p => p.Key)
            .Select(p => new SmileSlice(p.Key, (p.Key.DayNumber - valuationDate.DayNumber) / 365.0, p.Value.OrderBy(x => x.Strike).ThenBy(x => x.Type).ToList()))
            .ToList();
        return new OptionChainResult(smiles, errors);
    }

    private static int Column(string[] names, string name, string fileName)
    {
        int at = Array.IndexOf(names, name);
        return at >= 0 ? at : throw new FormatException($"{fileName}:1: header has no '{name}' column (expected expiry,strike,type,price[,underlying])");
    }

    private static string? Parse(
        string[] cells, int expiryAt, int strikeAt, int typeAt, int priceAt, int underlyingAt, double? spot,
        out DateOnly expiry, out double strike, out OptionType type, out double price, out double underlying)
    {
        strike = price = underlying = double.NaN;
        type = OptionType.Call;
        expiry = default;
        string Cell(int at) => at < cells.Length ? cells[at].Trim() : string.Empty;
        if (!DateOnly.TryParseExact(Cell(expiryAt), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out expiry))
        {
            return $"expiry '{Cell(expiryAt)}' is not a yyyy-MM-dd date";
        }

        if (!TryPositive(Cell(strikeAt), out strike))
        {
            return $"strike '{Cell(strikeAt)}' is not a positive number";
        }

        switch (Cell(typeAt).ToLowerInvariant())
        {
            case "call" or "c":
                type = OptionType.Call;
                break;
            case "put" or "p":
                type = OptionType.Put;
                break;
            default:
                return $"type '{Cell(typeAt)}' is not call or put";
        }

        if (!TryPositive(Cell(priceAt), out price))
        {
            return $"price '{Cell(priceAt)}' is not a positive number";
        }

        string u = underlyingAt >= 0 ? Cell(underlyingAt) : string.Empty;
        if (u.Length > 0)
        {
            return TryPositive(u, out underlying) ? null : $"underlying '{u}' is not a positive number";
        }

        if (spot is double fallback && fallback > 0)
        {
            underlying = fallback;
            return null;
        }

        return "underlying is empty and no spot was given";
    }

    private static bool TryPositive(string text, out double value)
        => double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value) && value > 0 && double.IsFinite(value);
}
