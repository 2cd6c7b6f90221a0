using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Bastion.Core.Orders;

namespace Bastion.Engine.Results;

/// <summary>
/// A stable fingerprint of a run's orders for golden-master tests: SHA-256 (lower-case hex) of a canonical text
/// with one line per order in id order —
/// <c>id|clientId|symbol|side|type|tif|quantity|limit|stop|trailAmount|trailPercent|expiryTicks|submittedTicks|status|filledQuantity|averageFillPrice|commission|fees|lastUpdateTicks</c>
/// — decimals in invariant culture without trailing zeros, missing values empty, times as UTC ticks.
/// </summary>
public static class OrderListHash
{
    /// <summary>The canonical text the hash is taken over.</summary>
    public static string CanonicalText(IEnumerable<Order> orders)
    {
        ArgumentNullException.ThrowIfNull(orders);
        var sb = new StringBuilder();
        foreach (Order o in orders)
        {
            OrderRequest r = o.Request;
            sb.Append(o.Id.ToString(CultureInfo.InvariantCulture)).Append('|')
              .Append(r.ClientOrderId).Append('|')
              .Append(r.Symbol.Value).Append('|')
              .Append(r.Side.ToString()).Append('|')
              .Append(r.Type.ToString()).Append('|')
              .Append(r.TimeInForce.ToString()).Append('|')
              .Append(Text(r.Quantity)).Append('|')
              .Append(Text(r.LimitPrice)).Append('|')
              .Append(Text(r.StopPrice)).Append('|')
              .Append(Text(r.TrailingAmount)).Append('|')
              .Append(Text(r.TrailingPercent)).Append('|')
              .Append(r.ExpiryUtc?.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('|')
              .Append(o.SubmittedAt.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('|')
              .Append(o.Status.ToString()).Append('|')
              .Append(Text(o.FilledQuantity)).Append('|')
              .Append(Text(o.AverageFillPrice)).Append('|')
              .Append(Text(o.Commission)).Append('|')
              .Append(Text(o.Fees)).Append('|')
              .Append(o.LastUpdate.UtcTicks.ToString(CultureInfo.InvariantCulture)).Append('\n');
        }

        return sb.ToString();
    }

    /// <summary>SHA-256 of <see cref="CanonicalText"/>, lower-case hex.</summary>
    public static string Compute(IEnumerable<Order> orders) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(CanonicalText(orders))));

    private static string Text(decimal? value) =>
        value is decimal d ? d.ToString("0.############################", CultureInfo.InvariantCulture) : string.Empty;
}
