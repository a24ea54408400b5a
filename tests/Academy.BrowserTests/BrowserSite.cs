using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Data.Sqlite;
using Microsoft.Playwright;

namespace Academy.BrowserTests;

/// <summary>
/// The site on a real Kestrel port with the repository's own content/ and a fresh SQLite file,
/// and Debian's Chromium driven by Playwright.
/// </summary>
public sealed class BrowserSite : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string root = Directory.CreateTempSubdirectory("academy-browser-").FullName;
    private IPlaywright? playwright;

    public BrowserSite()
    {
        UseKestrel(0);
    }

    public const string AdminEmail = "agentur@example.com";
    public const string AdminPassword = "agentur-passwort";

    public static string RepositoryRoot { get; } = FindRepositoryRoot();

    public static string ScreenshotFolder { get; } =
        Environment.GetEnvironmentVariable("ACADEMY_SCREENSHOTS") ?? Path.Combine(RepositoryRoot, "artifacts", "screenshots");

    public Uri BaseAddress { get; private set; } = null!;

    public IBrowser Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        StartServer();
        using var client = CreateClient();
        BaseAddress = client.BaseAddress!;
        playwright = await Playwright.CreateAsync();
        Browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Environment.GetEnvironmentVariable("ACADEMY_CHROMIUM") ?? "/usr/bin/chromium",
            Headless = true,
            // The machine has no network beyond loopback; Chromium's background services would only fail.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task<IPage> NewPhonePageAsync()
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions
        {
            BaseURL = BaseAddress.ToString(),
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            Locale = "de-DE",
            // The site forbids inline scripts; the accessibility check injects axe-core, so the test browser may.
            BypassCSP = true,
        });
        return await context.NewPageAsync();
    }

    /// <summary>Saves a full-page screenshot and checks the page against WCAG 2.2 AA as it stands.</summary>
    public static async Task ScreenshotAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(ScreenshotFolder, name + ".png"), FullPage = true });
        await Accessibility.AssertNoViolationsAsync(page);
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        playwright?.Dispose();
        await DisposeAsync();
        SqliteConnection.ClearAllPools();
        Directory.Delete(root, recursive: true);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Development");
        builder.UseSetting("Academy:Content:Path", Path.Combine(RepositoryRoot, "content"));
        builder.UseSetting("ConnectionStrings:Academy", $"Data Source={Path.Combine(root, "academy.db")}");
        builder.UseSetting("Academy:Mail:PickupFolder", Path.Combine(root, "mail"));
        builder.UseSetting("Academy:Admin:Email", AdminEmail);
        builder.UseSetting("Academy:Admin:Password", AdminPassword);
    }

    private static string FindRepositoryRoot() =>
        Content.RepositoryRoot.FindUpwards([AppContext.BaseDirectory], directory => File.Exists(Path.Combine(directory, "Academy.sln")))
        ?? throw new InvalidOperationException("Academy.sln not found above the test folder.");
}
