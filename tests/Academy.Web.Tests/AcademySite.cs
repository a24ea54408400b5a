using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;

namespace Academy.Web.Tests;

/// <summary>
/// The real site over HTTP, on its own copy of the test content and its own SQLite file,
/// so no test sees another test's rows.
/// </summary>
public sealed class AcademySite : WebApplicationFactory<Program>
{
    private readonly string environment;
    private readonly IReadOnlyDictionary<string, string> settings;
    private readonly TimeProvider? clock;
    private readonly Action<IServiceCollection>? services;
    private readonly ILoggerProvider? logs;

    /// <param name="clock">A fake clock for rules in time (cooldowns, time limits); the real one when null.</param>
    /// <param name="services">Replaces or wraps services, to observe what the site does inside.</param>
    /// <param name="logs">Also receives the site's logs, for tests that check what was logged.</param>
    public AcademySite(
        Action<string>? editContent = null,
        string environment = "Development",
        IReadOnlyDictionary<string, string>? settings = null,
        TimeProvider? clock = null,
        Action<IServiceCollection>? services = null,
        ILoggerProvider? logs = null)
    {
        this.environment = environment;
        this.clock = clock;
        this.services = services;
        this.logs = logs;
        this.settings = settings ?? new Dictionary<string, string>();
        Root = Directory.CreateTempSubdirectory("academy-web-").FullName;
        CopyDirectory(Path.Combine(AppContext.BaseDirectory, "TestContent"), ContentPath);
        editContent?.Invoke(ContentPath);
    }

    public string Root { get; }

    public string ContentPath => Path.Combine(Root, "content");

    public string MailFolder => Path.Combine(Root, "mail");

    /// <summary>The one mail the site wrote into its pickup folder, once the background delivery has sent it.</summary>
    public async Task<string> SingleMailAsync()
    {
        for (var waited = 0; waited < 100; waited++)
        {
            if (Directory.Exists(MailFolder) && Directory.GetFiles(MailFolder, "*.eml") is [var file])
            {
                return await File.ReadAllTextAsync(file);
            }

            await Task.Delay(100);
        }

        throw new Xunit.Sdk.XunitException($"No single mail arrived in {MailFolder}.");
    }

    /// <summary>Settings that seed the agency's admin account, for tests of the admin pages.</summary>
    public static IReadOnlyDictionary<string, string> AdminSettings { get; } = new Dictionary<string, string>
    {
        ["Academy:Admin:Email"] = "agentur@example.com",
        ["Academy:Admin:Password"] = "agentur-passwort",
    };

    /// <summary>A browser signed in as the admin that <see cref="AdminSettings"/> seeds.</summary>
    public async Task<LearnerBrowser> SignInAdminAsync()
    {
        var admin = NewBrowser();
        var login = await admin.GetAsync("/account/login");
        var response = await admin.SubmitAsync(login, [new("Email", AdminSettings["Academy:Admin:Email"]), new("Password", AdminSettings["Academy:Admin:Password"])]);
        Xunit.Assert.Equal(System.Net.HttpStatusCode.Redirect, response.StatusCode);
        return admin;
    }

    /// <summary>
    /// A header that sets the request's TCP peer address, which the test server otherwise leaves empty:
    /// per-client limits and proxies are about that address.
    /// </summary>
    public const string PeerHeader = "X-Test-Peer";

    /// <param name="baseAddress">Where the browser thinks the site is; http://localhost by default.</param>
    /// <param name="peer">The address the site sees the browser's requests come from.</param>
    public LearnerBrowser NewBrowser(Uri? baseAddress = null, string? peer = null)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, BaseAddress = baseAddress ?? new Uri("http://localhost") });
        if (peer is not null)
        {
            client.DefaultRequestHeaders.Add(PeerHeader, peer);
        }

        return new LearnerBrowser(client);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(environment);
        builder.UseSetting("Academy:Content:Path", ContentPath);
        builder.UseSetting("ConnectionStrings:Academy", $"Data Source={Path.Combine(Root, "academy.db")}");
        builder.UseSetting("Academy:Mail:PickupFolder", MailFolder);
        foreach (var (key, value) in settings)
        {
            builder.UseSetting(key, value);
        }

        builder.ConfigureTestServices(testServices =>
        {
            testServices.AddTransient<IStartupFilter, PeerAddressFromHeader>();
            if (clock is not null)
            {
                testServices.Replace(ServiceDescriptor.Singleton(clock));
            }

            services?.Invoke(testServices);
        });

        if (logs is not null)
        {
            builder.ConfigureLogging(logging => logging.AddProvider(logs));
        }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A file still held open is left for the OS's temp cleanup; it must not fail the test.
        }
    }

    private static void CopyDirectory(string source, string target)
    {
        foreach (var directory in Directory.EnumerateDirectories(source, "*", SearchOption.AllDirectories))
        {
            Directory.CreateDirectory(directory.Replace(source, target, StringComparison.Ordinal));
        }

        Directory.CreateDirectory(target);
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            File.Copy(file, file.Replace(source, target, StringComparison.Ordinal));
        }
    }
}

/// <summary>Stands in for the TCP peer: the test server has no sockets, so a header names the address.</summary>
internal sealed class PeerAddressFromHeader : IStartupFilter
{
    public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
    {
        app.Use((context, nextMiddleware) =>
        {
            if (System.Net.IPAddress.TryParse(context.Request.Headers[AcademySite.PeerHeader], out var peer))
            {
                context.Connection.RemoteIpAddress = peer;
            }

            return nextMiddleware(context);
        });
        next(app);
    };
}
