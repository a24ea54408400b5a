using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace Academy.Content;

public static class ContentRegistration
{
    public static IHostApplicationBuilder AddCourseContent(this IHostApplicationBuilder builder)
    {
        builder.Services.AddSingleton<CatalogueStore>();
        return builder;
    }
}
