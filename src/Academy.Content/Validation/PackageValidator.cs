using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

/// <summary>One package on its own; whether its courses exist is judged with the whole catalogue.</summary>
public sealed class PackageValidator : AbstractValidator<PackageDefinition>
{
    public PackageValidator()
    {
        RuleFor(package => package.Slug)
            .NotEmpty()
            .WithMessage(package => $"package {package.Number}: slug is missing or empty")
            .WithState(package => package.At("slug"));
        RuleFor(package => package.Slug!)
            .Must(ContentRules.IsValidSlug)
            .When(package => !string.IsNullOrWhiteSpace(package.Slug))
            .WithMessage(package => $"package {package.Number}: {ContentRules.SlugMessage("package", package.Slug!)}")
            .WithState(package => package.At("slug"));
        RuleFor(package => package.Title)
            .NotEmpty()
            .WithMessage(package => $"package {package.Number}: title is missing or empty")
            .WithState(package => package.At("title"));
        RuleFor(package => package.Description)
            .NotEmpty()
            .WithMessage(package => $"package {package.Number}: description is missing or empty; say in one to three sentences what the package is for")
            .WithState(package => package.At("description"));
        RuleFor(package => package.Courses)
            .NotEmpty()
            .WithMessage(package => $"package {package.Number}: courses is missing or empty; list the course slugs it unlocks, like [strategie, zeit]")
            .WithState(package => package.At("courses"));
        RuleFor(package => package.Price)
            .NotEmpty()
            .WithMessage(package => $"package {package.Number}: price is missing or empty; give the gross price in EUR cents, like 4900 for 49 €")
            .WithState(package => package.At("price"));
        RuleFor(package => package.Price)
            .Must(price => ContentRules.TryParseCents(price, out var cents) && cents > 0)
            .When(package => !string.IsNullOrWhiteSpace(package.Price))
            .WithMessage(package => $"package {package.Number}: price must be a whole number of EUR cents above 0, like 4900 for 49 €, not '{package.Price}'")
            .WithState(package => package.At("price"));
        RuleFor(package => package).Custom((package, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var course in package.Courses ?? [])
            {
                if (!seen.Add(course.Slug))
                {
                    context.Fail(course.Location, $"package {package.Number}: course '{course.Slug}' is listed twice; list each course once");
                }
            }
        });
    }
}
