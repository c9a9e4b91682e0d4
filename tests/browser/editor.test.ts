/**
 * The timeline editor in real Chromium against the real server (pages, API
 * and websocket in one process, on PGlite). Two browser contexts are two
 * users, each with its own storage and IndexedDB, so nothing passes between
 * them except through the server. Every test makes its own timeline through
 * the API, and waits on what the pages show instead of sleeping.
 */
import type { Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  createTimeline,
  entryCard,
  entryCards,
  eventually,
  hasFocus,
  inputValueOf,
  startApp,
  syncStatus,
  textOf,
  type User,
  waitForSaved,
  waitForStatus,
} from "./harness";

describe("timeline editor, two users in two browser contexts", () => {
  let app: App;
  let ada: User;
  let boris: User;
  const pages: Page[] = [];

  /** Opens the timeline for a user; the page is closed after the test. */
  const open = async (user: User, timelineId: string) => {
    const page = await user.open(timelineId);
    pages.push(page);
    return page;
  };

  /** Adds an entry with the toolbar's button; its title has the focus, as after pressing N. */
  const addEntry = async (page: Page, title: string) => {
    await page.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const input = page.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(input)).toBe(true));
    await page.keyboard.type(title);
    await entryCard(page, title).waitFor();
    return entryCard(page, title);
  };

  beforeAll(async () => {
    app = await startApp();
    ada = await app.newUser("Ada Archivist");
    boris = await app.newUser("Boris Reader");
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    // An uncaught exception in either page fails the test that caused it.
    const errors = [...ada.pageErrors.splice(0), ...boris.pageErrors.splice(0)];
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it("shows what one user types in an entry's title and body to the other, both ways", async () => {
    const id = await createTimeline(app, "Typing together");
    const [a, b] = [await open(ada, id), await open(boris, id)];

    // Ada adds an entry and types its title: Boris sees the card appear with it.
    const cardA = await addEntry(a, "London talks open");
    const cardB = entryCard(b, "London talks open");
    await cardB.waitFor();
    expect(await inputValueOf(cardB.getByLabel("Entry title"))).toBe("London talks open");

    // Enter moves from the title to the body (Tiptap); what Ada types there reaches Boris's card.
    await a.keyboard.press("Enter");
    const bodyA = cardA.getByLabel("Entry description");
    await eventually(async () => expect(await hasFocus(bodyA)).toBe(true));
    await a.keyboard.type("The Soviet side says the talks opened on 1 June 1955.");
    await eventually(async () =>
      expect(await textOf(cardB.getByTestId("entry-body"))).toBe(
        "The Soviet side says the talks opened on 1 June 1955.",
      ),
    );

    // Boris clicks into the same body and adds to it: Ada's open editor shows it, with him there.
    await cardB.getByTestId("entry-body").click();
    const bodyB = cardB.getByLabel("Entry description");
    await eventually(async () => expect(await hasFocus(bodyB)).toBe(true));
    await b.keyboard.press("Control+End");
    await b.keyboard.type(" Japanese accounts say 3 June.");
    const merged =
      "The Soviet side says the talks opened on 1 June 1955. Japanese accounts say 3 June.";
    await eventually(async () => expect(await textOf(bodyA)).toBe(merged));
    // Ada sees where Boris is: his avatar on the card, his named caret in the text.
    await cardA.getByTitle("Boris Reader is here").waitFor();
    await bodyA.locator(".collaboration-carets__label", { hasText: "Boris Reader" }).waitFor();

    // Boris retitles the entry; Ada's card takes the new title.
    const titleB = cardB.getByLabel("Entry title");
    await titleB.click();
    await b.keyboard.press("End");
    await b.keyboard.type(" in June 1955");
    await entryCard(a, "London talks open in June 1955").waitFor();
    expect(
      await inputValueOf(entryCard(a, "London talks open in June 1955").getByLabel("Entry title")),
    ).toBe("London talks open in June 1955");
    await waitForSaved(a);
    await waitForSaved(b);
  });

  it("keeps every edit across a reload, and a browser with no local copy loads them from the server", async () => {
    const id = await createTimeline(app, "Before the reload");
    const a = await open(ada, id);

    // The timeline's own title, renamed in place in the top bar.
    await a.getByRole("heading", { level: 1 }).getByRole("button").click();
    const titleInput = a.getByLabel("Timeline title");
    await titleInput.fill("After the reload");
    await titleInput.press("Enter");

    // An entry with every field: title, date, tag and body.
    const card = await addEntry(a, "Kept across reloads");
    await card.getByLabel("When", { exact: true }).fill("1955-06-01");
    await card.getByLabel("When", { exact: true }).press("Enter");
    await card.getByLabel("Tags", { exact: true }).fill("negotiations");
    await card.getByLabel("Tags", { exact: true }).press("Enter");
    await card.getByLabel("Entry description").click();
    await a.keyboard.type("Both dates appear in the sources.");
    await eventually(async () =>
      expect(await textOf(card.getByTestId("entry-when"))).toBe("1 June 1955"),
    );

    // Wait for the server's acknowledgement, not for a guessed time.
    await waitForSaved(a);

    const expectEverything = async (page: Page) => {
      const reloaded = entryCard(page, "Kept across reloads");
      await reloaded.waitFor();
      expect(await textOf(page.getByRole("heading", { level: 1 }))).toBe("After the reload");
      expect(await textOf(reloaded.getByTestId("entry-when"))).toBe("1 June 1955");
      expect(await reloaded.getByTestId("entry-when").getAttribute("title")).toBe("1955-06-01");
      expect(await textOf(reloaded.getByTestId("entry-body"))).toBe(
        "Both dates appear in the sources.",
      );
      expect(await textOf(reloaded.locator("header"))).toContain("negotiations");
      expect(await entryCards(page).count()).toBe(1);
      await eventually(async () => expect(await page.title()).toBe("After the reload · Parallax"));
    };

    await a.reload();
    await waitForSaved(a);
    await expectEverything(a);

    // A fresh context has no IndexedDB copy: what it shows came from the server.
    const carol = await app.newUser("Carol Checker");
    try {
      const c = await carol.context.newPage();
      await c.goto(`${app.url}/t/${id}`);
      await waitForSaved(c);
      await expectEverything(c);
      expect(carol.pageErrors.map((error) => error.message)).toEqual([]);
    } finally {
      await carol.context.close();
    }
  });

  it("adds an entry where the time axis is double-clicked, and lists it in both pages", async () => {
    const id = await createTimeline(app, "Axis");
    const [a, b] = [await open(ada, id), await open(boris, id)];
    const axisA = a.getByRole("group", { name: /^Time axis/ });
    await axisA.waitFor();

    // Double-click just after the gridline of a year in the middle of the axis.
    const labels = axisA.locator("svg[aria-hidden=true] text");
    const years = await labels.allTextContents();
    expect(years.length).toBeGreaterThan(2);
    const pick = Math.floor(years.length / 2);
    const year = years[pick];
    expect(year).toMatch(/^\d{4}$/);
    const label = await labels.nth(pick).boundingBox();
    const row = await axisA.locator("g[data-lane-id] > rect").first().boundingBox();
    if (!label || !row) throw new Error("the axis is not laid out");
    // Labels sit 4 px right of their gridline; a year is about 100 px wide here. Off the row's
    // centre line: that 1 px line takes the double-click itself and nothing is added.
    await a.mouse.dblclick(label.x + 4, row.y + row.height / 4);

    // The new entry is in Ada's list, dated on that day of that year, in the lane clicked.
    const untitled = entryCard(a, "Untitled entry");
    await untitled.waitFor();
    const when = await untitled.getByTestId("entry-when").getAttribute("title");
    expect(when).toMatch(new RegExp(`^${year}-0[12]-\\d\\d$`));
    expect(await textOf(untitled.locator("header"))).toContain("Events");
    expect(await entryCards(a).count()).toBe(1);

    // The title is focused for typing; Boris's list and axis both get the entry.
    await a.keyboard.type("Placed on the axis");
    const cardB = entryCard(b, "Placed on the axis");
    await cardB.waitFor();
    expect(await cardB.getByTestId("entry-when").getAttribute("title")).toBe(when);
    expect(await entryCards(b).count()).toBe(1);
    const axisB = b.getByRole("group", { name: /^Time axis/ });
    await axisB.getByRole("button", { name: /^Placed on the axis, / }).waitFor();

    // The lane's "+" button adds one too (the keyboard route); it reaches Ada.
    await axisB.getByRole("button", { name: /^Add an entry to Events on / }).click();
    await entryCard(b, "Untitled entry").waitFor();
    await eventually(async () => expect(await entryCards(a).count()).toBe(2));
    await entryCard(a, "Untitled entry").waitFor();
    await waitForSaved(a);
    await waitForSaved(b);
  });

  it("refuses an invalid date with a clear message, and saves a valid one with its readable form", async () => {
    const id = await createTimeline(app, "Dates");
    const [a, b] = [await open(ada, id), await open(boris, id)];
    const cardA = await addEntry(a, "Talks adjourned");
    const whenA = cardA.getByLabel("When", { exact: true });
    await entryCard(b, "Talks adjourned").waitFor();

    // Typed character by character, as a person would: the message appears next to the input.
    await whenA.click();
    await whenA.pressSequentially("1955-13");
    const error = cardA.getByRole("alert");
    await error.waitFor();
    expect(await textOf(error)).toContain("Month 13 does not exist");
    expect(await textOf(error)).toContain("Not saved.");
    expect(await whenA.getAttribute("aria-invalid")).toBe("true");
    // Enter and leaving the field both try to save it; neither does.
    await whenA.press("Enter");
    await whenA.press("Tab");
    expect(await textOf(error)).toContain("Month 13 does not exist");
    expect(await textOf(cardA.getByTestId("entry-when"))).toBe("Undated");

    // A later change does reach Boris; the invalid date, sent before it if at all, did not.
    const titleA = cardA.getByLabel("Entry title");
    await titleA.click();
    await a.keyboard.press("End");
    await a.keyboard.type(" for the summer");
    const cardB = entryCard(b, "Talks adjourned for the summer");
    await cardB.waitFor();
    expect(await textOf(cardB.getByTestId("entry-when"))).toBe("Undated");
    expect(await cardB.getByTestId("entry-when").getAttribute("title")).toBe("No date");
    await waitForSaved(a);

    // A valid approximate date shows its plain-language preview, and is saved on Enter.
    const cardA2 = entryCard(a, "Talks adjourned for the summer");
    const whenA2 = cardA2.getByLabel("When", { exact: true });
    await whenA2.fill("");
    await whenA2.pressSequentially("1955-12~");
    await eventually(async () =>
      expect(await textOf(cardA2.getByTestId("entry-when-preview"))).toBe("→ about December 1955"),
    );
    expect(await cardA2.getByRole("alert").count()).toBe(0);
    expect(await whenA2.getAttribute("aria-invalid")).toBeNull();
    await whenA2.press("Enter");
    await eventually(async () =>
      expect(await textOf(cardA2.getByTestId("entry-when"))).toBe("about December 1955"),
    );
    await eventually(async () =>
      expect(await textOf(cardB.getByTestId("entry-when"))).toBe("about December 1955"),
    );
    expect(await cardB.getByTestId("entry-when").getAttribute("title")).toBe("1955-12~");
    await waitForSaved(a);
  });

  it("keeps editing offline, says so, and syncs both ways once the network is back", async () => {
    const id = await createTimeline(app, "Offline");
    const [a, b] = [await open(ada, id), await open(boris, id)];
    const cardA = await addEntry(a, "Draft before the outage");
    await entryCard(b, "Draft before the outage").waitFor();
    await waitForSaved(a);

    await ada.context.setOffline(true);
    expect(await waitForStatus(a, "offline")).toBe("Offline: changes will sync");

    // Ada keeps editing the title and the body without a network.
    const titleA = cardA.getByLabel("Entry title");
    await titleA.click();
    await titleA.press("Control+A");
    await a.keyboard.type("Edited offline");
    await a.keyboard.press("Enter");
    const bodyA = entryCard(a, "Edited offline").getByLabel("Entry description");
    await eventually(async () => expect(await hasFocus(bodyA)).toBe(true));
    await a.keyboard.type("Written without a network.");
    await eventually(async () => expect(await textOf(bodyA)).toBe("Written without a network."));
    expect(await textOf(syncStatus(a))).toBe("Offline: changes will sync");

    // Meanwhile Boris, online, adds an entry of his own. Neither sees the other's change yet.
    await addEntry(b, "Added while Ada was away");
    await waitForSaved(b);
    expect(await entryCard(b, "Draft before the outage").count()).toBe(1);
    expect(await entryCard(a, "Added while Ada was away").count()).toBe(0);

    // Back online: Ada's page reconnects and says "Saved"; each has the other's edits.
    await ada.context.setOffline(false);
    await waitForSaved(a);
    const editedB = entryCard(b, "Edited offline");
    await editedB.waitFor();
    await eventually(async () =>
      expect(await textOf(editedB.getByTestId("entry-body"))).toBe("Written without a network."),
    );
    expect(await entryCard(b, "Draft before the outage").count()).toBe(0);
    await entryCard(a, "Added while Ada was away").waitFor();
    expect(await entryCards(a).count()).toBe(2);
    expect(await entryCards(b).count()).toBe(2);
  });
});
