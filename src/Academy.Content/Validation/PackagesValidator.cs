using Academy.Content.Definitions;
using FluentValidation;

namespace Academy.Content.Validation;

public sealed class PackagesValidator : AbstractValidator<PackagesDefinition>
{
    public PackagesValidator()
    {
        RuleFor(file => file.Packages)
            .NotEmpty()
            .WithMessage("packages is missing or empty; list each package as '- slug: ...' under 'packages:'")
            .WithState(file => file.At("packages"));
        RuleFor(file => file.Packages).Custom((packages, context) =>
        {
            var named = (packages ?? []).Where(package => !string.IsNullOrWhiteSpace(package.Slug));
            foreach (var duplicate in named.GroupBy(package => package.Slug!, StringComparer.Ordinal).Where(group => group.Count() > 1))
            {
                var first = duplicate.First().At("slug");
                foreach (var package in duplicate.Skip(1))
                {
                    context.Fail(package.At("slug"), $"package {package.Number}: package slug '{duplicate.Key}' is already used at {first.Path}:{first.Line}; package slugs must be unique");
                }
            }
        });
        RuleForEach(file => file.Packages).SetValidator(new PackageValidator());
    }
}
