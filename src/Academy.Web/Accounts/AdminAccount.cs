using Academy.Data;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Academy.Web.Accounts;

/// <summary>Bound from <c>Academy:Admin</c>: the agency's first administrator.</summary>
public sealed class AdminAccountOptions
{
    public const string Section = "Academy:Admin";
    public const string Role = "Admin";

    public string? Email { get; set; }

    /// <summary>Only used to create the account when it does not exist yet; change it on the site afterwards.</summary>
    public string? Password { get; set; }
}

/// <summary>
/// Makes the configured e-mail an administrator at startup: an existing account gets the role, a
/// missing one is created with the configured password. Nothing happens without <c>Academy:Admin:Email</c>.
/// </summary>
public sealed partial class AdminAccountSeeding(IServiceScopeFactory scopes, IOptions<AdminAccountOptions> options, ILogger<AdminAccountSeeding> logger)
    : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        if (options.Value.Email is not { Length: > 0 } email)
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var roles = scope.ServiceProvider.GetRequiredService<RoleManager<IdentityRole>>();
        var accounts = scope.ServiceProvider.GetRequiredService<UserManager<LearnerAccount>>();
        if (!await roles.RoleExistsAsync(AdminAccountOptions.Role))
        {
            Check(await roles.CreateAsync(new IdentityRole(AdminAccountOptions.Role)));
        }

        var account = await accounts.FindByEmailAsync(email);
        if (account is null)
        {
            if (options.Value.Password is not { Length: > 0 } password)
            {
                throw new InvalidOperationException($"No account has the e-mail in Academy:Admin:Email ({email}). Register it on the site, or set Academy:Admin:Password to create it.");
            }

            account = new LearnerAccount { UserName = email, Email = email, DisplayName = "Admin", EmailConfirmed = true };
            Check(await accounts.CreateAsync(account, password));
            LogCreated(logger, email);
        }

        if (!await accounts.IsInRoleAsync(account, AdminAccountOptions.Role))
        {
            Check(await accounts.AddToRoleAsync(account, AdminAccountOptions.Role));
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException("Academy:Admin could not be set up: " + string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Created the administrator account {Email} from Academy:Admin")]
    private static partial void LogCreated(ILogger logger, string email);
}
