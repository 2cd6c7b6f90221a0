using Bastion.Core.Instruments;
using Bastion.Core.Orders;
using Bastion.Core.Symbols;
using FsCheck;
using FsCheck.Fluent;

namespace Bastion.Core.Tests.Orders;

/// <summary>
/// The blotter keeps no index entry for an order's own "B" + id. Against a plain model (every id an order takes goes
/// into one dictionary, the first holder wins), random mixes of empty ids, "B" + n ids (own, earlier, later) and other
/// ids give the same acceptances, the same duplicate messages and the same lookups.
/// </summary>
public sealed class BlotterClientIdPropertyTests
{
    private static readonly Symbol s_spy = Symbol.Create("SPY");
    private static readonly Equity s_equity = new(s_spy);
    private static readonly DateTimeOffset s_t0 = new(2024, 1, 2, 15, 0, 0, TimeSpan.Zero);

    /// <summary>Kind 0 = no id, 1 = "B" + n, 2 = "x" + n, 3 = the next order's own id; n 1–12; quantity 0 (invalid) or 1.</summary>
    private static Gen<(int Kind, int N, int Qty)[]> Requests() =>
        Gen.ArrayOf(
            from kind in Gen.Choose(0, 3)
            from n in Gen.Choose(1, 12)
            from qty in Gen.Choose(0, 1)
            select (kind, n, qty));

    [Fact]
    public void Submit_RandomClientIds_BehavesAsOneDictionaryOfEveryId()
    {
        Prop.ForAll(Requests().ToArbitrary(), requests =>
        {
            var blotter = new Blotter();
            var model = new Dictionary<string, long>(StringComparer.Ordinal);
            var used = new List<string>();
            for (int i = 0; i < requests.Length; i++)
            {
                (int kind, int n, int qty) = requests[i];
                long id = i + 1;
                string given = kind switch { 0 => "", 1 => $"B{n}", 2 => $"x{n}", _ => $"B{id}" };
                Order o = blotter.Submit(OrderRequest.Market(s_spy, OrderSide.Buy, qty, clientOrderId: given), s_equity, s_t0);
                string taken = given.Length == 0 ? $"B{id}" : given;
                Assert.Equal(taken, o.Request.ClientOrderId);
                used.Add(taken);
                if (model.TryGetValue(taken, out long first))
                {
                    Assert.Equal(OrderStatus.Rejected, o.Status);
                    Assert.Equal($"duplicate client order id '{taken}' (already used by order {first})", o.Reason);
                }
                else
                {
                    model.Add(taken, id);
                    Assert.Equal(qty > 0 ? OrderStatus.Accepted : OrderStatus.Rejected, o.Status);
                    Assert.DoesNotContain("duplicate", o.Reason, StringComparison.Ordinal);
                }
            }

            foreach (string probe in used.Concat(["B0", "B01", "B99", "x0", "", "B"]))
            {
                bool found = blotter.TryGetByClientId(probe, out Order o);
                Assert.Equal(model.TryGetValue(probe, out long first), found);
                if (found)
                {
                    Assert.Equal(first, o.Id);
                }
            }
        }).QuickCheckThrowOnFailure();
    }
}
