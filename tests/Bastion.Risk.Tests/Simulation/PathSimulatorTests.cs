using Bastion.Numerics.Statistics;
using Bastion.Risk.Simulation;

namespace Bastion.Risk.Tests.Simulation;

public sealed class PathSimulatorTests
{
    [Fact]
    public void Bootstrap_ConstantReturns_IsDeterministic()
    {
        double[] r = Enumerable.Repeat(0.001, 50).ToArray();
        PathSimulationResult res = PathSimulator.Run(r, new PathSimulationOptions(PathModel.Bootstrap, Paths: 20, HorizonDays: 30));
        Assert.All(res.FinalValues, v => Assert.Equal(Math.Pow(1.001, 30), v, 13));
        Assert.All(res.MaxDrawdowns, d => Assert.Equal(0.0, d));
        Assert.Equal(0.0, res.BreachProbability);
    }

    [Fact]
    public void BlockBootstrap_FullLengthBlock_ReplaysHistory()
    {
        // One block of the whole sample: every path is the history itself. −10%, +20%, −50%: peak 1.08, trough 0.54.
        double[] r = [-0.1, 0.2, -0.5];
        PathSimulationResult res = PathSimulator.Run(r, new PathSimulationOptions(PathModel.BlockBootstrap, Paths: 5, HorizonDays: 3, BlockLength: 3, LossThreshold: 0.4));
        Assert.All(res.FinalValues, v => Assert.Equal(0.9 * 1.2 * 0.5, v, 14));
        Assert.All(res.MaxDrawdowns, d => Assert.Equal(0.5, d, 14));
        Assert.Equal(1.0, res.BreachProbability);
    }

    [Fact]
    public void Normal_MeanFinalValue_IsCompoundedMean()
    {
        double[] r = Enumerable.Range(0, 500).Select(i => 0.0005 + (0.01 * Math.Sin(i * 2.3))).ToArray();
        double mu = Moments.Mean(r);
        PathSimulationResult res = PathSimulator.Run(r, new PathSimulationOptions(PathModel.Normal, Paths: 20_000, HorizonDays: 21, Seed: 9));
        // E[∏(1 + rₜ)] = (1 + μ)^h for independent returns; the MC standard error is about 0.0003 here.
        Assert.InRange(res.FinalValues.Average() - Math.Pow(1 + mu, 21), -0.001, 0.001);
        PathSimulationResult again = PathSimulator.Run(r, new PathSimulationOptions(PathModel.Normal, Paths: 20_000, HorizonDays: 21, Seed: 9));
        Assert.Equal(res.FinalValues, again.FinalValues);
    }

    [Fact]
    public void StudentT_BreachProbability_FallsAsThresholdRises()
    {
        double[] r = Enumerable.Range(0, 500).Select(i => 0.02 * Math.Sin(i * 1.1)).ToArray();
        double previous = 1.0;
        foreach (double threshold in new[] { 0.05, 0.1, 0.2, 0.4 })
        {
            double p = PathSimulator.Run(r, new PathSimulationOptions(PathModel.StudentT, Paths: 4000, HorizonDays: 63, Seed: 1, LossThreshold: threshold)).BreachProbability;
            Assert.True(p <= previous);
            previous = p;
        }

        Assert.True(previous < 0.5);
    }

    [Fact]
    public void BlockLongerThanSample_Throws()
        => Assert.Throws<ArgumentOutOfRangeException>(() => PathSimulator.Run([0.01, 0.02], new PathSimulationOptions(PathModel.BlockBootstrap, BlockLength: 5)));
}
