using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Academy.Web.Diagnostics;

public static class DiagnosticsRegistration
{
    public static WebApplicationBuilder AddDiagnostics(this WebApplicationBuilder builder)
    {
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddScoped<DiagnosticResults>();
        return builder;
    }
}
