using Bastion.Numerics.Optimization.InteriorPoint;
using Bastion.Numerics.Random;

namespace Bastion.Numerics.Tests.Optimization;

/// <summary>Nesterov–Todd scaling identities: W z = W⁻¹ s = λ, W W⁻¹ = I, λ ∘ (λ \ w) = w.</summary>
public sealed class ConeScalingTests
{
    [Theory]
    [InlineData(1UL)]
    [InlineData(2UL)]
    [InlineData(3UL)]
    public void Update_InteriorPoints_SatisfiesNesterovToddIdentities(ulong seed)
    {
        var rng = new RandomStream(seed);
        var cone = new ConeScaling(3, [4, 2, 6]);
        int m = cone.Dimension;
        var s = new double[m];
        var z = new double[m];
        Fill(rng, cone, s);
        Fill(rng, cone, z);
        Assert.True(cone.Update(s, z));
        var wz = new double[m];
        var wis = new double[m];
        cone.ApplyW(z, wz);
        cone.ApplyWInverse(s, wis);
        var x = new double[m];
        for (int i = 0; i < m; i++)
        {
            x[i] = rng.NextGaussian();
        }

        var wx = new double[m];
        var back = new double[m];
        cone.ApplyW(x, wx);
        cone.ApplyWInverse(wx, back);
        var quotient = new double[m];
        var product = new double[m];
        cone.DivideByLambda(x, quotient);
        cone.Product(cone.Lambda, quotient, product);
        for (int i = 0; i < m; i++)
        {
            Assert.Equal(cone.Lambda[i], wz[i], 1e-10);
            Assert.Equal(cone.Lambda[i], wis[i], 1e-10);
            Assert.Equal(x[i], back[i], 1e-10);
            Assert.Equal(x[i], product[i], 1e-10);
        }
    }

    private static void Fill(RandomStream rng, ConeScaling cone, double[] v)
    {
        for (int i = 0; i < v.Length; i++)
        {
            v[i] = rng.NextGaussian();
        }

        for (int i = 0; i < cone.Linear; i++)
        {
            v[i] = Math.Abs(v[i]) + 0.1;
        }

        for (int k = 0; k < cone.SocCount; k++)
        {
            int o = cone.SocStart(k);
            double norm = 0;
            for (int i = 1; i < cone.SocSize(k); i++)
            {
                norm += v[o + i] * v[o + i];
            }

            v[o] = Math.Sqrt(norm) + 0.2;
        }
    }
}
