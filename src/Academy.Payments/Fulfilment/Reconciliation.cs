using Academy.Payments.Checkout;

namespace Academy.Payments.Fulfilment;

/// <summary>One session that reconciliation looked at, and what fulfilment made of it.</summary>
public sealed record ReconciledSession(string SessionId, Guid? OrderId, string PaymentStatus, FulfilmentOutcome Outcome);

/// <summary>
/// Catches payments whose webhook never arrived: lists recent sessions at the provider and runs the
/// same fulfilment for every paid one. Safe to run any time, as often as wanted.
/// </summary>
public sealed class Reconciliation(IPaymentProvider provider, OrderFulfilment fulfilment)
{
    public async Task<IReadOnlyList<ReconciledSession>> RunAsync(DateTimeOffset since, CancellationToken cancellationToken)
    {
        var results = new List<ReconciledSession>();
        foreach (var session in await provider.ListSessionsAsync(since, cancellationToken))
        {
            var outcome = session.IsPaid ? await fulfilment.FulfilAsync(session.Id, cancellationToken) : FulfilmentOutcome.AwaitingPayment;
            results.Add(new ReconciledSession(session.Id, session.OrderId, session.PaymentStatus, outcome));
        }

        return results;
    }
}
