using Academy.Data;

namespace Academy.Payments.Tests.Checkout;

public sealed class OrderCheckoutTests
{
    [Fact]
    public async Task Checkout_creates_a_Stripe_session_for_the_order_and_stores_its_id_on_the_pending_order()
    {
        await using var site = await PaymentsSite.StartAsync();

        var purchase = await site.StartCheckoutAsync(amountCents: 4900);

        var create = Assert.Single(site.Stripe.Requests, r => r.Method == "POST");
        var form = create.Fields;
        Assert.Equal("/v1/checkout/sessions", create.Path);
        Assert.Equal("Bearer sk_test_x", create.Authorization);
        Assert.Equal($"checkout-{purchase.OrderId}", create.IdempotencyKey);
        Assert.Equal("payment", form["mode"]);
        Assert.Equal("eur", form["currency"]);
        Assert.Equal("de", form["locale"]);
        Assert.Equal(purchase.OrderId.ToString(), form["client_reference_id"]);
        Assert.Equal(purchase.OrderId.ToString(), form["metadata[order_id]"]);
        Assert.Equal(purchase.LearnerId, form["metadata[learner_id]"]);
        Assert.Equal("grundlagen-paket", form["metadata[package_slug]"]);
        Assert.Equal("lena@example.de", form["customer_email"]);
        Assert.Equal("https://learn.example.de/checkout/success?session_id={CHECKOUT_SESSION_ID}", form["success_url"]);
        Assert.Equal($"https://learn.example.de/checkout/cancelled?order={purchase.OrderId}", form["cancel_url"]);
        Assert.Equal("true", form["allow_promotion_codes"]);
        Assert.Equal("false", form["automatic_tax[enabled]"]);
        Assert.Equal("1", form["line_items[0][quantity]"]);
        Assert.Equal("eur", form["line_items[0][price_data][currency]"]);
        Assert.Equal("4900", form["line_items[0][price_data][unit_amount]"]);
        Assert.Equal("Grundlagen-Paket", form["line_items[0][price_data][product_data][name]"]);
        Assert.DoesNotContain(form.Keys, key => key.Contains("payment_method_types", StringComparison.Ordinal));

        var order = await site.OrderAsync(purchase.OrderId);
        Assert.StartsWith("cs_test_", purchase.SessionId, StringComparison.Ordinal);
        Assert.Equal(purchase.SessionId, order.CheckoutSessionId);
        Assert.Equal(OrderStatus.Pending, order.Status);
        Assert.Equal("Stripe", order.Provider);
        Assert.Equal(4900, order.AmountCents);
        Assert.Equal(["csharp-basics", "linq"], order.CourseSlugs);
        Assert.Contains(purchase.SessionId, purchase.CheckoutUrl, StringComparison.Ordinal);
        Assert.Empty(await site.EnrolmentsAsync(purchase.OrderId));
    }

    [Fact]
    public async Task Checkout_asks_Stripe_for_automatic_tax_and_filters_payment_methods_when_configured()
    {
        await using var site = await PaymentsSite.StartAsync(new Dictionary<string, string?>
        {
            ["Stripe:AutomaticTax"] = "true",
            ["Stripe:PaymentMethodTypes:0"] = "card",
            ["Stripe:PaymentMethodTypes:1"] = "sepa_debit",
        });

        await site.StartCheckoutAsync();

        var form = Assert.Single(site.Stripe.Requests, r => r.Method == "POST").Fields;
        Assert.Equal("true", form["automatic_tax[enabled]"]);
        Assert.Equal("card", form["allowed_payment_method_types[0]"]);
        Assert.Equal("sepa_debit", form["allowed_payment_method_types[1]"]);
    }
}
