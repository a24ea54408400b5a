namespace Academy.Web.Branding;

public static class BrandingRegistration
{
    public static WebApplicationBuilder AddBranding(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<BrandOptions>()
            .BindConfiguration(BrandOptions.Section)
            .ValidateDataAnnotations()
            .ValidateOnStart();
        return builder;
    }
}
