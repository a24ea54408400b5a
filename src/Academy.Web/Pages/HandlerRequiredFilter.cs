using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace Academy.Web.Pages;

/// <summary>
/// When no handler matches the verb or the <c>?handler=</c> name, Razor Pages still renders the page,
/// without the handler that loads its model, and the view fails with a 500. This answers instead:
/// 405 with an Allow header for a verb the page has no handler for, 404 for a handler name it does not have.
/// </summary>
internal sealed class HandlerRequiredFilter : IPageFilter
{
    public void OnPageHandlerSelected(PageHandlerSelectedContext context)
    {
    }

    public void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (context.HandlerMethod is not null)
        {
            return;
        }

        var http = context.HttpContext;
        // The error page renders for any verb when another request's status or exception is re-executed on it.
        if (http.Features.Get<IStatusCodeReExecuteFeature>() is not null || http.Features.Get<IExceptionHandlerFeature>() is not null)
        {
            return;
        }

        var method = http.Request.Method;
        var handlers = context.ActionDescriptor.HandlerMethods;
        if (handlers.Count == 0 && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            // Markup only: there is no model to load.
            return;
        }

        // HEAD is served by GET handlers, as Razor Pages selects them.
        var verb = HttpMethods.IsHead(method) ? HttpMethods.Get : method;
        if (handlers.Any(h => string.Equals(h.HttpMethod, verb, StringComparison.OrdinalIgnoreCase)))
        {
            context.Result = new NotFoundResult();
            return;
        }

        var allowed = handlers.Select(h => h.HttpMethod.ToUpperInvariant()).ToList();
        if (allowed.Contains(HttpMethods.Get) || handlers.Count == 0)
        {
            allowed.AddRange([HttpMethods.Get, HttpMethods.Head]);
        }

        http.Response.Headers.Allow = string.Join(", ", allowed.Distinct(StringComparer.Ordinal));
        context.Result = new StatusCodeResult(StatusCodes.Status405MethodNotAllowed);
    }

    public void OnPageHandlerExecuted(PageHandlerExecutedContext context)
    {
    }
}
