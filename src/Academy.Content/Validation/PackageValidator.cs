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
            .WithMessage(package => $"Paket {package.Number}: 'slug' fehlt oder ist leer")
            .WithState(package => package.At("slug"));
        RuleFor(package => package.Slug!)
            .Must(ContentRules.IsValidSlug)
            .When(package => !string.IsNullOrWhiteSpace(package.Slug))
            .WithMessage(package => $"Paket {package.Number}: {ContentRules.SlugMessage("Paket", package.Slug!)}")
            .WithState(package => package.At("slug"));
        RuleFor(package => package.Title)
            .NotEmpty()
            .WithMessage(package => $"Paket {package.Number}: 'title' fehlt oder ist leer")
            .WithState(package => package.At("title"));
        RuleFor(package => package.Description)
            .NotEmpty()
            .WithMessage(package => $"Paket {package.Number}: 'description' fehlt oder ist leer; sag in ein bis drei Sätzen, wofür das Paket ist")
            .WithState(package => package.At("description"));
        RuleFor(package => package.Courses)
            .NotEmpty()
            .WithMessage(package => $"Paket {package.Number}: 'courses' fehlt oder ist leer; nenn die Slugs der Kurse, die es freischaltet, wie [strategie, zeit]")
            .WithState(package => package.At("courses"));
        RuleFor(package => package.Price)
            .NotEmpty()
            .WithMessage(package => $"Paket {package.Number}: 'price' fehlt oder ist leer; gib den Bruttopreis in Euro-Cent an, wie 4900 für 49 €")
            .WithState(package => package.At("price"));
        RuleFor(package => package.Price)
            .Must(price => ContentRules.TryParseCents(price, out var cents) && cents > 0)
            .When(package => !string.IsNullOrWhiteSpace(package.Price))
            .WithMessage(package => $"Paket {package.Number}: 'price' muss eine ganze Zahl von Euro-Cent über 0 sein, wie 4900 für 49 €, nicht '{package.Price}'")
            .WithState(package => package.At("price"));
        RuleFor(package => package).Custom((package, context) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var course in package.Courses ?? [])
            {
                if (!seen.Add(course.Slug))
                {
                    context.Fail(course.Location, $"Paket {package.Number}: der Kurs '{course.Slug}' steht zweimal darin; nenn jeden Kurs nur einmal");
                }
            }
        });
    }
}
