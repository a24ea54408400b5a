using System.Net;

namespace Academy.Web.Hosting;

/// <summary>Where the site is reached from outside, and which proxies stand in front of it.</summary>
public sealed class SiteOptions
{
    public const string Section = "Academy:Site";

    /// <summary>
    /// The address learners type, such as <c>https://academy.example.com</c>. Every absolute link
    /// (mails, Stripe's return addresses) is built from it, never from the request's Host header.
    /// </summary>
    public Uri? PublicUrl { get; set; }

    /// <summary>Proxies whose X-Forwarded-For and X-Forwarded-Proto are believed: addresses or networks in CIDR form.</summary>
    public List<string> KnownProxies { get; set; } = [];

    /// <summary>Outside Production without a public URL: where <c>dotnet run</c> serves (launchSettings.json).</summary>
    public static readonly Uri DevelopmentUrl = new("http://localhost:5000");

    /// <summary>
    /// The origin to build absolute links with. Without a public URL (never in Production) a request
    /// to this machine itself may name its port, so `dotnet run --urls` works; any other Host is ignored.
    /// </summary>
    public Uri OriginFor(HttpRequest request) =>
        PublicUrl
        ?? (IsLoopback(request.Host.Host) ? new Uri($"{request.Scheme}://{request.Host}/") : DevelopmentUrl);

    /// <summary>An absolute address on the site, from a path such as <c>/account/reset-password?…</c>.</summary>
    public string Link(HttpRequest request, string pathAndQuery) => new Uri(OriginFor(request), pathAndQuery).AbsoluteUri;

    private static bool IsLoopback(string host) =>
        host == "localhost" || (IPAddress.TryParse(host, out var address) && IPAddress.IsLoopback(address));

    internal IEnumerable<IPNetwork> ProxyNetworks() => KnownProxies.Select(ParseNetwork);

    internal static bool IsNetwork(string value) => TryParseNetwork(value, out _);

    private static IPNetwork ParseNetwork(string value) =>
        TryParseNetwork(value, out var network) ? network : throw new FormatException($"'{value}' is no IP address or CIDR network.");

    private static bool TryParseNetwork(string value, out IPNetwork network)
    {
        if (IPAddress.TryParse(value, out var address))
        {
            network = new IPNetwork(address, address.GetAddressBytes().Length * 8);
            return true;
        }

        return IPNetwork.TryParse(value, out network);
    }
}
