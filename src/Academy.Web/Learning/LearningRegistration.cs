namespace Academy.Web.Learning;

public static class LearningRegistration
{
    public static WebApplicationBuilder AddLearning(this WebApplicationBuilder builder)
    {
        builder.Services.AddScoped<LearnerProgress>();
        builder.Services.AddScoped<QuizAttempts>();
        builder.Services.AddScoped<LearnerAccess>();
        return builder;
    }
}
