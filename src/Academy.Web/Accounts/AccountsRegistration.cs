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
                // Twice the per-client sign-in limit (ThrottlingOptions.SignIn): one client alone can't
                // lock somebody out; many guessing together still can't try for long.
                options.Lockout.MaxFailedAccessAttempts = 20;
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
        });
        // A deleted account or a changed password must end the learner's other sessions soon, not after
        // Identity's default half hour; the check is one small query per signed-in learner a minute.
        builder.Services.Configure<SecurityStampValidatorOptions>(stamps => stamps.ValidationInterval = TimeSpan.FromMinutes(1));
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
