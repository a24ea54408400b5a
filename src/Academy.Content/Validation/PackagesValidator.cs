using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

public sealed class PackagesValidator : AbstractValidator<PackagesDefinition>
{
    public PackagesValidator()
    {
        RuleFor(file => file.Packages)
            .NotEmpty()
            .WithMessage("'packages' fehlt oder ist leer; schreib jedes Paket als '- slug: ...' unter 'packages:'")
            .WithState(file => file.At("packages"));
        RuleFor(file => file.Packages).Custom((packages, context) =>
        {
            var named = (packages ?? []).Where(package => !string.IsNullOrWhiteSpace(package.Slug));
            foreach (var duplicate in named.GroupBy(package => package.Slug!, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                var first = duplicate.First().At("slug");
                foreach (var package in duplicate.Skip(1))
                {
                    context.Fail(package.At("slug"), $"Paket {package.Number}: der Paket-Slug '{duplicate.Key}' wird schon in {first.Path}:{first.Line} verwendet; jedes Paket braucht einen eigenen Slug");
                }
            }
        });
        RuleForEach(file => file.Packages).SetValidator(new PackageValidator());
    }
}
