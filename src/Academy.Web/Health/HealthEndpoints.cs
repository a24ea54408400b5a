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
            var status = catalogue.Status;
            // A node that never got content (Umbraco down, nothing saved) serves empty pages; a load
            // balancer should send learners elsewhere. Stale but good content is still healthy.
            var contentLoaded = status.LastRefreshed is not null;
            var body = new
            {
                status = databaseUp && contentLoaded ? "ok" : "degraded",
                database = databaseUp,
                courses = catalogue.Current.Courses.Count,
                content = new { lastRefresh = status.Outcome.ToString(), fetched = status.LastRefreshed, savedCopy = status.SavedSince is not null },
            };
            return databaseUp && contentLoaded ? Results.Ok(body) : Results.Json(body, statusCode: StatusCodes.Status503ServiceUnavailable);
        });
        return app;
    }
}
