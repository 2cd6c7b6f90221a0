using System.Globalization;
using Bastion.Cli.Infrastructure;
using Bastion.Risk.Backtesting;

namespace Bastion.Cli.Commands.Risk;

/// <summary>Writes a <see cref="BacktestReport"/> in the three formats.</summary>
internal static class BacktestOutput
{
    public static void Write(TextWriter w, OutputFormat format, BacktestReport r, (string Key, string Value)[] inputs)
    {
        if (format == OutputFormat.Json)
        {
            Output.WriteJson(w, new
            {
                inputs = inputs.ToDictionary(x => x.Key, x => x.Value),
                observations = r.Observations,
                exceptions = r.Exceptions,
                expectedExceptions = r.Observations * r.Probability,
                probability = r.Probability,
                firstFailure = r.FirstFailure,
                tests = new[] { r.Pof, r.Tuff, r.Independence, r.ConditionalCoverage }
                    .Where(t => t is not null)
                    .Select(t => new { name = t!.Value.Name, statistic = t.Value.Statistic, pValue = t.Value.PValue, degreesOfFreedom = t.Value.DegreesOfFreedom, rejectAt5Percent = t.Value.Rejects(0.05) }),
                trafficLight = new
                {
                    zone = r.TrafficLight.Zone,
                    cumulativeProbability = r.TrafficLight.CumulativeProbability,
                    plusFactor = r.TrafficLight.PlusFactor,
                },
            });
            return;
        }

        var rows = new List<IReadOnlyList<string>>();
        foreach ((string key, string value) in inputs)
        {
            rows.Add([key, value, string.Empty, string.Empty]);
        }

        rows.Add(["observations", r.Observations.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty]);
        rows.Add(["exceptions", r.Exceptions.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty]);
        rows.Add(["expected exceptions", Output.Number(r.Observations * r.Probability), string.Empty, string.Empty]);
        rows.Add(["first failure (day)", r.FirstFailure.ToString(CultureInfo.InvariantCulture), string.Empty, string.Empty]);
        foreach (LikelihoodRatioTest? t in new[] { r.Pof, r.Tuff, r.Independence, r.ConditionalCoverage })
        {
            if (t is { } test)
            {
                rows.Add([test.Name + " LR", Output.Number(test.Statistic), Output.Number(test.PValue), double.IsNaN(test.PValue) ? "n/a" : test.Rejects(0.05) ? "reject" : "accept"]);
            }
        }

        rows.Add(["traffic light", r.TrafficLight.Zone.ToString().ToLowerInvariant(), Output.Number(r.TrafficLight.CumulativeProbability), "plus factor " + Output.Number(r.TrafficLight.PlusFactor)]);
        string[] headers = ["field", "value", "p-value / cumulative", "at 5%"];
        if (format == OutputFormat.Csv)
        {
            Output.WriteCsv(w, headers, rows);
        }
        else
        {
            Output.WriteTable(w, headers, rows);
        }
    }
}
