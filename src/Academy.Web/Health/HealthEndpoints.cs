using Academy.Content;
using Academy.Data;

namespace Academy.Web.Health;

public static class HealthEndpoints
{
    public static WebApplication MapHealth(this WebApplication app)
    {
        app.MapGet("/healthz", async (CatalogueStore catalogue, AcademyDb db, CancellationToken cancellationToken) =>
        {
            var databaseUp = await db.Database.CanConnectAsync(cancellationToken);
            var courses = catalogue.Current.Courses.Count;
            var body = new { status = databaseUp ? "ok" : "degraded", database = databaseUp, courses };
            return databaseUp ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
