/**
 * Accounts and roles as a person meets them: signing in through the form,
 * seeing only one's own timelines (with one's role and who is there now), a
 * viewer's read-only editor, and a share link that makes its user a member
 * with the link's role.
 */
import type { Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type App, eventually, startApp, syncStatus, textOf, type User } from "./harness";

describe("accounts and roles in the browser", () => {
  let app: App;
  let owner: User;
  let shared: string;

  beforeAll(async () => {
    app = await startApp();
    owner = await app.newUser("Olga Owner");
    shared = await app.createTimeline("Shared with the team");
  });

  afterAll(async () => {
    await app?.close();
  });

  async function signIn(page: Page, user: User) {
    await page.getByTestId("signin-email").fill(user.email);
    await page.getByTestId("signin-password").fill(user.password);
    await page.getByTestId("signin-submit").click();
  }

  it("signs in through the form and lists only the user's own timelines", async () => {
    const member = await app.newUser("Mia Member");
    const outsider = await app.newUser("Otto Outsider", null);
    // Otto's own timeline: Mia is not a member of it.
    const res = await outsider.context.request.post(`${app.url}/api/timelines`, {
      data: { title: "Otto's private notes" },
      headers: { origin: app.url },
    });
    expect(res.status()).toBe(201);

    const context = await app.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${app.url}/`);
    await page.waitForURL(/\/signin/);
    await signIn(page, member);
    await page.waitForURL(`${app.url}/`);
    await eventually(async () => {
      const text = await textOf(page.locator("main"));
      expect(text).toContain("Shared with the team");
      expect(text).not.toContain("Otto's private notes");
    });
    await context.close();
  });

  it("shows a viewer the editor read-only, without edit controls", async () => {
    const editorPage = await owner.open(shared);
    await editorPage.getByRole("button", { name: "Add entry" }).first().click();
    await editorPage.keyboard.type("Seen by the viewer");
    const viewer = await app.newUser("Vera Viewer", "viewer");
    // A read-only page never shows "Saved": it says "Read-only" instead.
    const page = await viewer.context.newPage();
    await page.goto(`${app.url}/t/${shared}`);
    await eventually(async () => expect(await textOf(syncStatus(page))).toBe("Read-only"));
    await eventually(async () =>
      expect(await textOf(page.locator("main"))).toContain("Seen by the viewer"),
    );
    expect(await page.getByRole("button", { name: "Add entry" }).count()).toBe(0);
    expect(await page.getByRole("button", { name: /^Delete/ }).count()).toBe(0);
    await page.close();
    await editorPage.close();
  });

  it("shows each timeline's role and who has it open now on the home page", async () => {
    const viewer = await app.newUser("Walt Watcher", "viewer");
    const editorPage = await owner.open(shared);
    await eventually(async () => expect(await textOf(syncStatus(editorPage))).toBe("Saved"));
    const home = await viewer.context.newPage();
    await home.goto(`${app.url}/`);
    const card = home.locator(`[data-testid="timeline-card"][data-timeline-id="${shared}"]`);
    expect(await textOf(card.getByTestId("timeline-card-role"))).toBe("Viewer");
    expect(await card.getByTestId("timeline-card-present").getAttribute("title")).toBe(
      "Olga Owner is here now",
    );
    // A viewer is offered neither rename nor delete.
    await card.hover();
    expect(await card.getByRole("button").count()).toBe(0);
    // Once the owner leaves, the card says nobody is there.
    await editorPage.close();
    await eventually(async () => {
      await home.reload();
      expect(await card.getByTestId("timeline-card-present").count()).toBe(0);
    });
    await home.close();
  });

  it("joins a share link's user with the link's role", async () => {
    const res = await owner.context.request.post(`${app.url}/api/timelines/${shared}/invites`, {
      data: { role: "commenter", expiresInHours: 24 },
      headers: { origin: app.url },
    });
    expect(res.status()).toBe(201);
    const { url } = (await res.json()) as { url: string };
    const newcomer = await app.newUser("Nils Newcomer", null);
    const page = await newcomer.context.newPage();
    await page.goto(`${app.url}${url}`);
    await page.waitForURL(`${app.url}/t/${shared}`);
    await eventually(async () => expect(await textOf(syncStatus(page))).toBe("Read-only"));
    const me = await newcomer.context.request.get(`${app.url}/api/timelines/${shared}`);
    expect(((await me.json()) as { timeline: { role: string } }).timeline.role).toBe("commenter");
  });
});
