using Microsoft.AspNetCore.Mvc;

namespace Academy.Web.Privacy;

/// <summary>The export as an attachment that no cache keeps: it holds a person's data.</summary>
public sealed class LearnerDataDownload(LearnerDataFile file) : FileContentResult(file.Content, "application/json")
{
    public override Task ExecuteResultAsync(ActionContext context)
    {
        FileDownloadName = file.FileName;
        context.HttpContext.Response.Headers.CacheControl = "no-store";
        return base.ExecuteResultAsync(context);
    }
}
