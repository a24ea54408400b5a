using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Academy.Web.Privacy;

public static class PrivacyRegistration
{
    public static WebApplicationBuilder AddPrivacy(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<LearnerData>();
        return builder;
    }
}
