using Academy.Data;
using Microsoft.AspNetCore.Identity;

namespace Academy.Web.Accounts;

public static class AccountsRegistration
{
    public static WebApplicationBuilder AddAccounts(this WebApplicationBuilder builder)
    {
        var production = builder.Environment.IsProduction();
        builder.Services.AddOptions<MailOptions>()
            .BindConfiguration(MailOptions.Section)
            .Validate(
                mail => !production || !string.IsNullOrWhiteSpace(mail.SmtpHost),
                "Set Academy:Mail:SmtpHost (and SmtpUser, SmtpPassword, From): in Production, password-reset mails must reach learners, not a pickup folder.")
            .ValidateOnStart();
        builder.Services
            .AddIdentity<LearnerAccount, IdentityRole>(options =>
            {
                options.User.RequireUniqueEmail = true;
                // Length protects better than composition rules, and beginners on phones thank us for it.
                options.Password.RequiredLength = 8;
                options.Password.RequireDigit = false;
                options.Password.RequireLowercase = false;
                options.Password.RequireUppercase = false;
                options.Password.RequireNonAlphanumeric = false;
                // Failures count within EvenSignIn.FailureWindow (an hour). One client may try 60 times an
                // hour (ThrottlingOptions.SignIn), so it alone can't lock anybody out; many together can't guess long.
                options.Lockout.MaxFailedAccessAttempts = 100;
                options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(15);
            })
            .AddEntityFrameworkStores<AcademyDb>()
            .AddSignInManager<EvenSignIn>()
            .AddErrorDescriber<LocalizedIdentityErrors>()
            .AddDefaultTokenProviders();
        builder.Services.ConfigureApplicationCookie(cookie =>
        {
            cookie.LoginPath = "/account/login";
            cookie.LogoutPath = "/account/logout";
            cookie.AccessDeniedPath = "/error/403";
            cookie.ExpireTimeSpan = TimeSpan.FromDays(30);
            cookie.SlidingExpiration = true;
            // The sign-in and register pages redirect themselves, to a return address they have checked;
            // the handler's own redirect would follow ?returnUrl unchecked (a non-ASCII one failed as a 500).
            cookie.Events.OnRedirectToReturnUrl = _ => Task.CompletedTask;
        });
        // A deleted account or a changed password must end the learner's other sessions soon, not after
        // Identity's default half hour; the check is one small query per signed-in learner a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.FromMinutes(1));
        // Where the sign-in failure windows are kept; in memory until a shared cache is registered.
        builder.Services.AddDistributedMemoryCache();
        builder.Services.AddSingleton<MailOutbox>();
        builder.Services.AddHostedService<MailDelivery>();
        builder.Services.AddTransient<IEmailSender<LearnerAccount>, AccountMail>();
        builder.Services.AddOptions<AdminAccountOptions>().BindConfiguration(AdminAccountOptions.Section);
        builder.Services.AddHostedService<AdminAccountSeeding>();
        return builder;
    }

    public static WebApplication UseAccounts(this WebApplication app)
    {
        app.UseAuthentication();
        app.UseAuthorization();
        return app;
    }
}
