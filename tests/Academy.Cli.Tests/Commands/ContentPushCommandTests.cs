using Academy.Cli.Commands;
using Academy.Content.Markdown;
using Academy.Content.Umbraco;
using Academy.Umbraco.Fakes;

namespace Academy.Cli.Tests.Commands;

public sealed class ContentPushCommandTests : IDisposable
{
    private readonly ContentCopy content = new();

    private static Guid StrategyGoals => UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Module, "strategie/ziele");

    private static Guid SmartGoals => UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Lesson, "strategie/ziele/smart-ziele");

    private int DocumentCount => UmbracoCatalogueWriter.Write(MarkdownFolderSource.Read(content.Root).Definition).Count;

    [Fact]
    public async Task The_first_push_creates_everything_and_the_second_leaves_everything_unchanged()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();

        var (first, firstOutput) = await Push(umbraco);
        var writesAfterFirst = umbraco.Writes.Count;
        var (second, secondOutput) = await Push(umbraco);

        Assert.Equal(0, first);
        Assert.Equal(DocumentCount, umbraco.Creates);
        Assert.Equal(DocumentCount, umbraco.DocumentCount);
        Assert.Contains($"Pushed: {DocumentCount} created, 0 updated, 0 unchanged, 0 failed.", firstOutput, StringComparison.Ordinal);
        Assert.Contains("created   lesson         strategie/ziele/smart-ziele", firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Equal(writesAfterFirst, umbraco.Writes.Count);
        Assert.Contains($"Pushed: 0 created, 0 updated, {DocumentCount} unchanged, 0 failed.", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_changed_lesson_updates_only_that_lesson()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        await Push(umbraco);
        var writesBefore = umbraco.Writes.Count;
        var lesson = content.PathOf("courses/strategie/01-ziele/02-smart-ziele.md");
        File.WriteAllText(lesson, File.ReadAllText(lesson) + "\nEin Satz mehr.\n");

        var (exitCode, output) = await Push(umbraco);

        Assert.Equal(0, exitCode);
        var writes = umbraco.Writes.Skip(writesBefore).ToList();
        Assert.Equal([("PUT", $"{FakeManagementApi.ApiPath}/document/{SmartGoals}")], writes.Select(write => (write.Method, write.Path)));
        Assert.Contains($"Pushed: 0 created, 1 updated, {DocumentCount - 1} unchanged, 0 failed.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_failure_halfway_is_reported_and_a_second_run_completes_without_duplicates()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        umbraco.FailOn(StrategyGoals);

        var (failed, failedOutput) = await Push(umbraco);
        umbraco.Mend(StrategyGoals);
        var (completed, completedOutput) = await Push(umbraco);

        Assert.Equal(1, failed);
        Assert.Contains("FAILED    module         strategie/ziele: Umbraco answered 500", failedOutput, StringComparison.Ordinal);
        Assert.Contains("FAILED    lesson         strategie/ziele/smart-ziele: not sent: its parent strategie/ziele failed", failedOutput, StringComparison.Ordinal);
        Assert.Contains("created   module         strategie/zielgruppe", failedOutput, StringComparison.Ordinal);
        Assert.Equal(0, completed);
        // The module created late was appended after its siblings, so it is sorted into its place.
        Assert.Contains(" 0 failed, 1 sorted.", completedOutput, StringComparison.Ordinal);
        Assert.Contains("sorted    course         strategie", completedOutput, StringComparison.Ordinal);
        Assert.Equal(DocumentCount, umbraco.DocumentCount);
        Assert.Equal(DocumentCount, umbraco.Creates);
        Assert.DoesNotContain(umbraco.Requests, request => request.StatusCode == 400);
    }

    [Fact]
    public async Task Invalid_content_is_refused_before_any_request()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        var lesson = content.PathOf("courses/strategie/01-ziele/02-smart-ziele.md");
        File.WriteAllText(lesson, "---\ntitle: SMART\nminutes: 45\n---\nText.\n");

        var (exitCode, output) = await Push(umbraco);

        Assert.Equal(1, exitCode);
        Assert.Contains($"{content.Root}/courses/strategie/01-ziele/02-smart-ziele.md:3: ", output, StringComparison.Ordinal);
        Assert.Contains("nothing was sent to Umbraco", output, StringComparison.Ordinal);
        Assert.Empty(umbraco.Requests);
    }

    [Fact]
    public async Task A_dry_run_prints_the_plan_and_sends_no_writes()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        await Push(umbraco);
        var writesBefore = umbraco.Writes.Count;
        var lesson = content.PathOf("courses/strategie/01-ziele/02-smart-ziele.md");
        File.WriteAllText(lesson, File.ReadAllText(lesson) + "\nNeu.\n");
        File.WriteAllText(content.PathOf("courses/strategie/01-ziele/03-neu.md"), "---\ntitle: Neu\nminutes: 3\n---\nNeu.\n");

        var (exitCode, output) = await Push(umbraco, dryRun: true);

        Assert.Equal(0, exitCode);
        Assert.Equal(writesBefore, umbraco.Writes.Count);
        Assert.Contains("update    lesson         strategie/ziele/smart-ziele", output, StringComparison.Ordinal);
        Assert.Contains("create    lesson         strategie/ziele/neu", output, StringComparison.Ordinal);
        Assert.Contains($"Dry run: 1 to create, 1 to update, {DocumentCount - 2} unchanged, 0 failed. Nothing was written.", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Publish_publishes_what_changed_and_what_was_never_published()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        await Push(umbraco);
        Assert.False(umbraco.IsPublished(SmartGoals));

        var (first, firstOutput) = await Push(umbraco, publish: true);
        var (second, secondOutput) = await Push(umbraco, publish: true);

        Assert.Equal(0, first);
        Assert.True(umbraco.IsPublished(UmbracoCatalogueWriter.CatalogueKey));
        Assert.True(umbraco.IsPublished(SmartGoals));
        Assert.Contains($"{DocumentCount} unchanged, 0 failed, {DocumentCount} published.", firstOutput, StringComparison.Ordinal);
        Assert.Equal(0, second);
        Assert.Contains($"{DocumentCount} unchanged, 0 failed, 0 published.", secondOutput, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_whole_push_asks_for_one_token()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();

        await Push(umbraco, publish: true);

        Assert.True(umbraco.Requests.Count > 100);
        Assert.Equal(1, umbraco.TokensIssued);
        Assert.All(umbraco.Requests.Where(request => !request.Path.Contains("/security/", StringComparison.Ordinal)),
            request => Assert.StartsWith("Bearer ", request.Header("Authorization"), StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_site_without_the_academy_types_is_told_to_install_the_package()
    {
        await using var umbraco = await FakeManagementApi.StartAsync(installTypes: false);

        var (exitCode, output) = await Push(umbraco);

        Assert.Equal(1, exitCode);
        Assert.Contains("has no document type academyMatchPair, ", output, StringComparison.Ordinal);
        Assert.Contains("Install the Academy.Umbraco package first", output, StringComparison.Ordinal);
        Assert.Empty(umbraco.Writes);
    }

    [Fact]
    public async Task Without_credentials_nothing_is_sent_and_the_variables_are_named()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();

        var (exitCode, output) = await PushRun.RunAsync(new ContentPushCommand.Options(content.Root, umbraco.BaseAddress), credentials: null);

        Assert.Equal(1, exitCode);
        Assert.Contains("Set Academy__Umbraco__ClientId and Academy__Umbraco__ClientSecret", output, StringComparison.Ordinal);
        Assert.Empty(umbraco.Requests);
    }

    [Fact]
    public async Task Wrong_credentials_stop_the_push_with_a_clear_message()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();

        var (exitCode, output) = await PushRun.RunAsync(new ContentPushCommand.Options(content.Root, umbraco.BaseAddress), PushRun.Credentials with { ClientSecret = "wrong" });

        Assert.Equal(1, exitCode);
        Assert.Contains("to the token request", output, StringComparison.Ordinal);
        Assert.Empty(umbraco.Writes);
    }

    [Fact]
    public async Task The_catalogue_goes_below_the_parent_given()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        var parent = Guid.NewGuid();

        var (exitCode, output) = await Push(umbraco, parent: parent);

        // The fake has no such parent, so it refuses the catalogue: the id was sent.
        Assert.Equal(1, exitCode);
        Assert.Contains($"FAILED    catalogue      academy: Umbraco answered 404 Not Found to POST {umbraco.BaseAddress}umbraco/management/api/v1/document: Parent not found There is no document {parent} to create below.", output, StringComparison.Ordinal);
        Assert.Equal(0, umbraco.DocumentCount);
    }

    [Fact]
    public async Task The_types_are_found_by_key_on_a_site_whose_search_matches_names_not_aliases()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();

        var (exitCode, output) = await Push(umbraco);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Pushed: {DocumentCount} created,", output, StringComparison.Ordinal);
        Assert.Contains(umbraco.Requests, request => request.Path == $"{FakeManagementApi.ApiPath}/document-type/{UmbracoContentModel.TypeKey("academyCourse")}");
    }

    [Fact]
    public async Task Types_an_older_package_installed_with_other_keys_are_found_by_alias_in_the_tree()
    {
        await using var umbraco = await FakeManagementApi.StartAsync(stableKeys: false);

        var (exitCode, output) = await Push(umbraco);

        Assert.Equal(0, exitCode);
        Assert.Contains($"Pushed: {DocumentCount} created,", output, StringComparison.Ordinal);
        Assert.Contains(umbraco.Requests, request => request.Path == $"{FakeManagementApi.ApiPath}/tree/document-type/root");
    }

    [Fact]
    public async Task A_new_lesson_pushed_into_an_existing_tree_takes_its_numbered_place()
    {
        await using var umbraco = await FakeManagementApi.StartAsync();
        await Push(umbraco);
        var editorsOwn = umbraco.AddByEditor(ContentTypeRole.Lesson, "Notiz der Redaktion", StrategyGoals);
        var editorsPlace = umbraco.ChildrenOf(StrategyGoals).ToList().IndexOf(editorsOwn);
        File.Move(content.PathOf("courses/strategie/01-ziele/02-smart-ziele.md"), content.PathOf("courses/strategie/01-ziele/03-smart-ziele.md"));
        File.WriteAllText(content.PathOf("courses/strategie/01-ziele/02-messbar.md"), "---\ntitle: Messbar\nminutes: 3\n---\nWas du zählst, wird besser.\n");
        var warum = UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Lesson, "strategie/ziele/warum-es-nicht-funktioniert");
        var messbar = UmbracoCatalogueWriter.KeyFor(ContentTypeRole.Lesson, "strategie/ziele/messbar");

        var (exitCode, output) = await Push(umbraco);
        var writesAfter = umbraco.Writes.Count;
        var (again, againOutput) = await Push(umbraco);

        Assert.Equal(0, exitCode);
        Assert.Contains("sorted    module         strategie/ziele", output, StringComparison.Ordinal);
        Assert.Contains(", 1 sorted.", output, StringComparison.Ordinal);
        var children = umbraco.ChildrenOf(StrategyGoals);
        Assert.Equal([warum, messbar, SmartGoals], children.Where(child => child == warum || child == messbar || child == SmartGoals));
        Assert.Equal(editorsPlace, children.ToList().IndexOf(editorsOwn));
        Assert.Equal(0, again);
        Assert.Equal(writesAfter, umbraco.Writes.Count);
        Assert.DoesNotContain("sorted", againOutput, StringComparison.Ordinal);
    }

    public void Dispose() => content.Dispose();

    private Task<(int ExitCode, string Output)> Push(FakeManagementApi umbraco, bool publish = false, bool dryRun = false, Guid? parent = null) =>
        PushRun.RunAsync(new ContentPushCommand.Options(content.Root, umbraco.BaseAddress, parent, publish, dryRun), PushRun.Credentials);
}
