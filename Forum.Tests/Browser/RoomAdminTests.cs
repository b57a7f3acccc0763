using Microsoft.Playwright;

namespace Forum.Tests.Browser;

public sealed class RoomAdminTests : BrowserTest
{
    [Test]
    public async Task An_admin_adds_a_room_and_archives_it_without_javascript()
    {
        var admin = await Factory.AddModeratorAsync(role: ModeratorRole.Admin);
        var page = await NewPageAsync(javaScript: false);
        await page.GotoAsync("/mod/login");
        await page.GetByLabel("Name").FillAsync(admin.Name);
        await page.GetByLabel("Password").FillAsync(Moderators.Password);
        await page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync();
        await page.WaitForURLAsync("**/mod"); // the sign-in must finish (and set its cookie) before moving on

        await page.GotoAsync("/mod/rooms");
        await page.GetByRole(AriaRole.Link, new() { Name = "Add a room" }).ClickAsync();
        await page.GetByLabel("Short name").FillAsync("sleep");
        await page.GetByLabel("Name", new() { Exact = true }).FillAsync("Sleep");
        await page.GetByLabel("Short description").FillAsync("Nights awake, early mornings, and what helps.");
        await page.GetByLabel("Every post needs at least one content warning").CheckAsync();
        await page.GetByLabel("Reason, for the moderation log").FillAsync("Asked for by several members");
        await ScreenshotAsync(page, "room-admin-add");
        await page.GetByRole(AriaRole.Button, new() { Name = "Add the room" }).ClickAsync();

        await page.WaitForURLAsync("**/mod/rooms#room-sleep");
        var row = page.Locator("#room-sleep");
        (await row.TextContentAsync())!.ShouldContain("Warnings required");
        await ScreenshotAsync(page, "room-admin");

        await row.GetByLabel("Reason").FillAsync("Merged into Anxiety");
        await row.GetByRole(AriaRole.Button, new() { Name = "Archive" }).ClickAsync();
        (await page.Locator("#room-sleep").GetByRole(AriaRole.Button).TextContentAsync()).ShouldBe("Reopen");
        var response = await page.GotoAsync("/r/sleep");
        response!.Status.ShouldBe(404);
    }
}
