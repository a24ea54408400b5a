using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Academy.Web.Throttling;

/// <summary>
/// Per-client limits on the forms that can be abused (guessing passwords, probing addresses, flooding
/// checkout) and on the webhooks. A client is its address, as forwarded by a known proxy.
/// Over the limit: 429 with Retry-After and a friendly page.
/// </summary>
public static partial class RequestThrottling
{
    public static WebApplicationBuilder AddRequestThrottling(this WebApplicationBuilder builder)
    {
        builder.Services.AddOptions<ThrottlingOptions>()
            .BindConfiguration(ThrottlingOptions.Section)
            .Validate(
                limits => limits.All().All(l => l.Limit.PermitLimit > 0 && l.Limit.Window > TimeSpan.Zero),
                "Each Academy:RateLimits:<Name> needs a PermitLimit above 0 and a Window such as 00:10:00.")
            .ValidateOnStart();
        builder.Services.AddRateLimiter(_ => { });
        builder.Services.AddOptions<RateLimiterOptions>().Configure<IOptions<ThrottlingOptions>, ILoggerFactory>((options, limits, logs) =>
        {
            var logger = logs.CreateLogger(typeof(RequestThrottling));
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                ThrottleFor(context) is { } throttle
                    ? RateLimitPartition.GetFixedWindowLimiter($"{throttle}|{ClientOf(context)}", _ => WindowFor(limits.Value.For(throttle)))
                    : RateLimitPartition.GetNoLimiter(""));
            options.OnRejected = (rejected, _) =>
            {
                var context = rejected.HttpContext;
                if (rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter))
                {
                    context.Response.Headers.RetryAfter = Math.Ceiling(retryAfter.TotalSeconds).ToString(CultureInfo.InvariantCulture);
                }

                LogThrottled(logger, ThrottleFor(context), ClientOf(context), context.Request.Path);
                return ValueTask.CompletedTask;
            };
        });
        return builder;
    }

    public static WebApplication UseRequestThrottling(this WebApplication app)
    {
        app.UseRateLimiter();
        return app;
    }

    private static Throttle? ThrottleFor(HttpContext context)
    {
        if (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method))
        {
            return null;
        }

        if (context.Request.Path.StartsWithSegments("/webhooks"))
        {
            return Throttle.Webhooks;
        }

        return context.GetEndpoint()?.Metadata.GetMetadata<ThrottledAttribute>()?.Throttle;
    }

    // An IPv6 client usually holds a whole /64; counting single addresses would let it rotate freely.
    private static string ClientOf(HttpContext context) =>
        context.Connection.RemoteIpAddress switch
        {
            null => "unknown",
            { IsIPv4MappedToIPv6: true } mapped => mapped.MapToIPv4().ToString(),
            { AddressFamily: AddressFamily.InterNetworkV6 } address => new IPNetwork(Prefix64(address), 64).ToString(),
            var address => address.ToString(),
        };

    private static IPAddress Prefix64(IPAddress address)
    {
        var bytes = address.GetAddressBytes();
        Array.Clear(bytes, 8, 8);
        return new IPAddress(bytes);
    }

    private static FixedWindowRateLimiterOptions WindowFor(ThrottleLimit limit) => new()
    {
        PermitLimit = limit.PermitLimit,
        Window = limit.Window,
        QueueLimit = 0,
        AutoReplenishment = true,
    };

    [LoggerMessage(Level = LogLevel.Warning, Message = "Throttled {Throttle} for client {Client} on {Path}")]
    private static partial void LogThrottled(ILogger logger, Throttle? throttle, string client, PathString path);
}
