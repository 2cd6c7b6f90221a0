using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Pricing;
using Bastion.Pricing.American;

namespace Bastion.Cli.Commands.Price;

/// <summary>
/// One option to value, as given (flags or a batch row), before validation. <see cref="Validate"/> turns it into a
/// <see cref="ValidOption"/> or throws <see cref="CliUsageException"/> naming the field through <c>name</c>.
/// </summary>
internal sealed class OptionRequest
{
    public string? Type { get; set; }

    public string? Exercise { get; set; }

    public double? Spot { get; set; }

    public double? Strike { get; set; }

    public double? Rate { get; set; }

    public double? Dividend { get; set; }

    public double? Volatility { get; set; }

    public double? Expiry { get; set; }

    public string? ExpiryDate { get; set; }

    public string? ValuationDate { get; set; }

    public string? Model { get; set; }

    public int? Steps { get; set; }

    public double? Forward { get; set; }

    public double? ForeignRate { get; set; }

    public double? Price { get; set; }

    /// <summary>Validates. <paramref name="name"/> maps a field key (e.g. "spot") to how the user wrote it ("--spot").</summary>
    public ValidOption Validate(Func<string, string> name, DateOnly today, bool needVolatility, bool needPrice)
    {
        OptionType type = (Type ?? string.Empty).Trim().ToLowerInvariant() switch
        {
            "call" or "c" => OptionType.Call,
            "put" or "p" => OptionType.Put,
            _ => throw new CliUsageException($"{name("type")} must be call or put (got '{Type}')"),
        };
        ExerciseStyle exercise = (Exercise ?? "european").Trim().ToLowerInvariant() switch
        {
            "european" => ExerciseStyle.European,
            "american" => ExerciseStyle.American,
            _ => throw new CliUsageException($"{name("exercise")} must be european or american (got '{Exercise}')"),
        };

        PricingModel model;
        if (string.IsNullOrWhiteSpace(Model))
        {
            model = exercise == ExerciseStyle.American ? PricingModel.BinomialCrr : PricingModel.Analytic;
        }
        else if (!PricingModels.TryParse(Model, out model))
        {
            throw new CliUsageException($"{name("model")} '{Model}' is unknown; known models: {PricingModels.Known}");
        }

        string option = $"{type.ToString().ToLowerInvariant()} option";
        if (exercise == ExerciseStyle.American && PricingModels.IsEuropeanOnly(model))
        {
            throw new CliUsageException(
                $"{option}: {name("model")} {PricingModels.Name(model)} prices European exercise only; for {name("exercise")} american use binomial-crr, binomial-jr, leisen-reimer, baw or bjerksund-stensland");
        }

        if (exercise == ExerciseStyle.European && PricingModels.IsAmericanOnly(model))
        {
            throw new CliUsageException($"{option}: {name("model")} {PricingModels.Name(model)} is an American approximation; use {name("exercise")} american");
        }

        double strike = Positive(Strike, "strike", name, option);
        double rate = Finite(Rate ?? 0.0, "rate", name, option);
        double spot;
        double dividend;
        if (model == PricingModel.Black76)
        {
            spot = Positive(Forward, "forward", name, option);
            dividend = rate;
        }
        else if (model == PricingModel.GarmanKohlhagen)
        {
            spot = Positive(Spot, "spot", name, option);
            dividend = Finite(ForeignRate ?? throw new CliUsageException($"{option}: {name("foreign-rate")} is required by garman-kohlhagen"), "foreign-rate", name, option);
        }
        else
        {
            if (Forward is not null)
            {
                throw new CliUsageException($"{option}: {name("forward")} is only for --model black76");
            }

            spot = Positive(Spot, "spot", name, option);
            dividend = Finite(Dividend ?? 0.0, "dividend", name, option);
        }

        double expiry = Years(name, today, option);
        double volatility = needVolatility ? Positive(Volatility, "volatility", name, option) : double.NaN;
        double price = needPrice ? Positive(Price, "price", name, option) : double.NaN;
        int steps = Steps ?? 801;
        if (steps < 2 || steps > 100_000)
        {
            throw new CliUsageException($"{option}: {name("steps")} must be between 2 and 100000 (got {steps})");
        }

        return new ValidOption(type, exercise, model, spot, strike, rate, dividend, volatility, expiry, steps, price);
    }

    private double Years(Func<string, string> name, DateOnly today, string option)
    {
        if (Expiry is double years)
        {
            if (ExpiryDate is not null)
            {
                throw new CliUsageException($"{option}: give either {name("expiry")} or {name("expiry-date")}, not both");
            }

            return Positive(years, "expiry", name, option);
        }

        if (string.IsNullOrWhiteSpace(ExpiryDate))
        {
            throw new CliUsageException($"{option}: {name("expiry")} (years) or {name("expiry-date")} is required");
        }

        DateOnly expiry = Date(ExpiryDate, "expiry-date", name, option);
        DateOnly valuation = string.IsNullOrWhiteSpace(ValuationDate) ? today : Date(ValuationDate, "valuation-date", name, option);
        int days = expiry.DayNumber - valuation.DayNumber;
        if (days <= 0)
        {
            throw new CliUsageException($"{option}: {name("expiry-date")} {expiry:yyyy-MM-dd} must be after the valuation date {valuation:yyyy-MM-dd}");
        }

        return days / 365.0;
    }

    private static DateOnly Date(string text, string field, Func<string, string> name, string option)
        => DateOnly.TryParseExact(text.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out DateOnly d)
            ? d
            : throw new CliUsageException($"{option}: {name(field)} '{text}' is not a yyyy-MM-dd date");

    private static double Positive(double? value, string field, Func<string, string> name, string option)
    {
        if (value is not double v)
        {
            throw new CliUsageException($"{option}: {name(field)} is required");
        }

        return v > 0 && double.IsFinite(v)
            ? v
            : throw new CliUsageException($"{option}: {name(field)} must be a positive number (got {v.ToString(CultureInfo.InvariantCulture)})");
    }

    private static double Finite(double value, string field, Func<string, string> name, string option)
        => double.IsFinite(value) ? value : throw new CliUsageException($"{option}: {name(field)} must be a finite number");
}
