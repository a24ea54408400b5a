namespace Academy.Web.Purchases;

public static class PurchasesRegistration
{
    public static WebApplicationBuilder AddPurchases(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LearnerPurchases>();
        return builder;
    }
}
