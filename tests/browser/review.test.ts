/**
 * Review and versions in real Chromium against the real server, with an
 * editor and a reviewer: the editor asks for review, the reviewer approves
 * from the queue with the keyboard (J, then A; under the four-eyes rule the
 * reviewer must not be the entry's last writer, and is not), a later edit
 * shows both of them "Changed since approval" with the diff, and restoring
 * the version saved at the approval brings the approval back.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { type App, eventually, hasFocus, startApp, syncStatus, textOf, type User } from "./harness";

describe("review and versions", () => {
  let app: App;
  let olga: User;
  let ed: User;
  let rita: User;
  const pages: Page[] = [];

  beforeAll(async () => {
    app = await startApp();
    // The first user owns the timelines; the test works as the editor and the reviewer.
    olga = await app.newUser("Olga Owner");
    ed = await app.newUser("Ed Editor", "editor");
    rita = await app.newUser("Rita Reviewer", "reviewer");
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    const errors = [olga, ed, rita].flatMap((user) => user.pageErrors.splice(0));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  /** The editor's page, synced. */
  const openAsEditor = async (id: string) => {
    const page = await ed.open(id);
    pages.push(page);
    return page;
  };

  /** The reviewer's page: it never says "Saved" (reviewers do not write content). */
  const openAsReviewer = async (id: string, query = "") => {
    const page = await rita.context.newPage();
    pages.push(page);
    await page.goto(`${app.url}/t/${id}${query}`);
    await eventually(async () => expect(await textOf(syncStatus(page))).toBe("Read-only"));
    return page;
  };

  /** Adds an entry with a title and a body through the UI; returns its card. */
  const addEntry = async (page: Page, title: string, body: string): Promise<Locator> => {
    await page.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const input = page.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(input)).toBe(true));
    await page.keyboard.type(title);
    const named = page.getByRole("article", { name: title, exact: true });
    await named.waitFor();
    const entryId = await named.getAttribute("data-entry-id");
    const card = page.locator(`[data-testid="entry-card"][data-entry-id="${entryId}"]`);
    await page.keyboard.press("Enter");
    await eventually(async () =>
      expect(await hasFocus(card.getByLabel("Entry description"))).toBe(true),
    );
    await page.keyboard.type(body);
    return card;
  };

  /** The review badge in the card's header (the review section repeats it). */
  const badge = (card: Locator) => card.locator("header").getByTestId("review-badge");
  const statusOf = async (card: Locator) =>
    badge(card).getAttribute("data-status", { timeout: 1_000 });

  it("asks for review, approves from the queue with J and A, shows the diff since approval, and restores the approved version", async () => {
    const id = await app.createTimeline("London talks");
    const e = await openAsEditor(id);
    const cardE = await addEntry(e, "London talks open", "The talks opened on 1 June 1955.");
    const entryId = await cardE.getAttribute("data-entry-id");
    await eventually(async () => expect(await statusOf(cardE)).toBe("draft"));

    // An editor may ask for review but not approve.
    const section = cardE.getByTestId("review-section");
    expect(await section.getByTestId("approve-entry").count()).toBe(0);
    await section.getByTestId("request-review").click();
    const form = section.getByTestId("review-form");
    await form.getByTestId("request-assignee").selectOption({ label: "Rita Reviewer" });
    await form.getByTestId("review-note-input").fill("Check the opening date.");
    await form.getByTestId("review-submit").click();
    await eventually(async () => expect(await statusOf(cardE)).toBe("in_review"));

    // The reviewer's queue has it, assigned to her; J selects it in the list, A approves it.
    const r = await openAsReviewer(id, "?panel=review");
    const queue = r.getByTestId("review-panel");
    const item = queue.locator(`[data-testid="review-item"][data-entry-id="${entryId}"]`);
    await eventually(async () => expect(await textOf(item)).toContain("London talks open"));
    expect(await textOf(item)).toContain("Rita Reviewer");
    expect(await textOf(queue.getByTestId("review-count-waiting"))).toBe("1");
    expect(await textOf(queue.getByTestId("review-count-mine"))).toBe("1");
    await r.keyboard.press("j");
    await eventually(async () => expect(await item.getAttribute("aria-current")).toBe("true"));
    const cardR = r.locator(`[data-testid="entry-card"][data-entry-id="${entryId}"]`);
    expect(await cardR.getAttribute("data-selected")).toBe("true");
    await r.keyboard.press("a");
    await eventually(async () => expect(await statusOf(cardR)).toBe("approved"));
    await eventually(async () => expect(await statusOf(cardE)).toBe("approved"));
    await eventually(async () => expect(await queue.getByTestId("review-item").count()).toBe(0));
    expect(await textOf(queue.getByTestId("review-empty"))).toContain("Nothing is waiting");

    // The editor saves a named version of the approved text.
    await e.getByTestId("history-button").click();
    const history = e.getByTestId("history-panel");
    await history.getByTestId("version-name").fill("Approved text");
    await history.getByTestId("save-version").click();
    const approvedVersion = history
      .getByTestId("version-item")
      .filter({ hasText: "Approved text" });
    await approvedVersion.waitFor();

    // The editor changes the date in the text: both see "Changed since approval" and the diff.
    await cardE.getByLabel("Entry description").click();
    await e.keyboard.press("Control+End");
    for (let i = 0; i < "1 June 1955.".length; i++) await e.keyboard.press("Shift+ArrowLeft");
    await e.keyboard.type("3 June 1955.");
    for (const card of [cardE, cardR]) {
      await eventually(async () => expect(await statusOf(card)).toBe("changed_since_approval"));
      const changed = card.getByTestId("changed-since-approval");
      await eventually(async () =>
        expect(await textOf(changed)).toContain("Changed since approval"),
      );
      const body = changed.getByTestId("diff-body");
      expect(await textOf(body.locator("ins"))).toContain("3");
      expect(await textOf(body.locator("del"))).toContain("1");
      expect(await textOf(badge(card))).toContain("Changed since approval");
    }
    await queue.getByTestId("review-filter-changed").click();
    await eventually(async () =>
      expect(await textOf(queue.getByTestId("review-count-changed"))).toBe("1"),
    );
    await eventually(async () => expect(await item.getByTestId("entry-diff").count()).toBe(1));

    // Restoring the version saved at the approval: confirmed, then the approval holds again.
    await approvedVersion.getByTestId("restore-version").click();
    const confirm = history.getByTestId("confirm-dialog");
    expect(await textOf(confirm)).toContain("saved as a version first");
    await confirm.getByTestId("confirm-button").click();
    const toast = e.getByTestId("toast").filter({ hasText: "Restored version" });
    await eventually(async () => expect(await textOf(toast)).toMatch(/saved as version \d+/));
    await eventually(async () => expect(await statusOf(cardE)).toBe("approved"));
    await eventually(async () => expect(await statusOf(cardR)).toBe("approved"));
    expect(await textOf(cardE.getByLabel("Entry description"))).toContain("1 June 1955.");

    // The restore is undone from its toast: the change comes back, and so does the warning.
    await toast.getByRole("button", { name: "Undo" }).click();
    await eventually(async () => expect(await statusOf(cardE)).toBe("changed_since_approval"));

    // Compare the approved version with now, and restore only this entry from there.
    await approvedVersion.getByTestId("compare-with-now").click();
    const compare = e.getByTestId("compare-view");
    await eventually(async () =>
      expect(await textOf(compare.getByTestId("compare-counts"))).toContain("1 changed"),
    );
    const changedEntry = compare.locator(
      `[data-testid="compare-entry"][data-entry-id="${entryId}"]`,
    );
    expect(await textOf(changedEntry.getByTestId("diff-body").locator("ins"))).toContain("3");
    await changedEntry.getByTestId("restore-entry").click();
    await eventually(async () => expect(await statusOf(cardE)).toBe("approved"));
    await eventually(async () => expect(await statusOf(cardR)).toBe("approved"));
  });

  it("sends an entry back with R, and a saved version opens read-only", async () => {
    const id = await app.createTimeline("Moscow talks");
    const e = await openAsEditor(id);
    const cardE = await addEntry(e, "Moscow talks begin", "Talks resumed in Moscow in 1956.");
    const entryId = await cardE.getAttribute("data-entry-id");
    await cardE.getByTestId("request-review").click();
    await cardE.getByTestId("review-submit").click();
    await eventually(async () => expect(await statusOf(cardE)).toBe("in_review"));

    const r = await openAsReviewer(id, "?panel=review");
    const item = r.locator(`[data-testid="review-item"][data-entry-id="${entryId}"]`);
    await item.waitFor();
    await r.keyboard.press("j");
    await eventually(async () => expect(await item.getAttribute("aria-current")).toBe("true"));
    await r.keyboard.press("r");
    const note = item.getByTestId("queue-changes-note");
    await eventually(async () => expect(await hasFocus(note)).toBe(true));
    await r.keyboard.type("Which day in 1956?");
    await item.getByTestId("queue-changes-send").click();
    await eventually(async () => expect(await statusOf(cardE)).toBe("changes_requested"));
    await eventually(async () =>
      expect(await textOf(cardE.getByTestId("review-note"))).toContain("Which day in 1956?"),
    );

    // A named version opens read-only, with a banner and the way back.
    await e.getByTestId("history-button").click();
    const history = e.getByTestId("history-panel");
    await history.getByTestId("version-name").fill("First draft");
    await history.getByTestId("save-version").click();
    const version = history.getByTestId("version-item").filter({ hasText: "First draft" });
    await version.waitFor();
    await version.getByTestId("view-version").click();
    const banner = e.getByTestId("version-banner");
    await eventually(async () =>
      expect(await textOf(banner)).toMatch(/Viewing version \d+ · First draft/),
    );
    expect(await textOf(banner)).toContain("read-only");
    const card = e.getByRole("article", { name: "Moscow talks begin", exact: true });
    await card.waitFor();
    expect(await card.getByTestId("delete-entry").count()).toBe(0);
    expect(await e.getByTestId("new-entry").count()).toBe(0);
    await banner.getByTestId("back-to-live").click();
    await eventually(async () =>
      expect(
        await e
          .locator(`[data-entry-id="${entryId}"] [data-testid="review-badge"]`)
          .getAttribute("data-status", { timeout: 1_000 }),
      ).toBe("changes_requested"),
    );
  });

  it("refuses an approval from the entry's last writer under the four-eyes rule, and says why", async () => {
    const id = await app.createTimeline("Shikotan and Habomai");
    // The owner may both write and review: the rule stops them approving their own change.
    const o = await olga.open(id);
    pages.push(o);
    const card = await addEntry(o, "Two islands offered", "The Soviet side offered two islands.");
    await eventually(async () => expect(await statusOf(card)).toBe("draft"));
    await card.getByTestId("approve-entry").click();
    const form = card.getByTestId("review-form");
    expect(await textOf(form)).toContain("Four-eyes rule");
    await form.getByTestId("review-submit").click();
    await eventually(async () =>
      expect(await textOf(form.getByTestId("review-error"))).toContain("four-eyes rule"),
    );
    expect(await statusOf(card)).toBe("draft");

    // The reviewer's Review tab says the rule is on.
    const r = await openAsReviewer(id, "?panel=review");
    await eventually(async () => expect(await r.getByTestId("four-eyes-rule").count()).toBe(1));

    // The owner turns the rule off in the Review tab; then the approval goes through.
    await o.getByTestId("review-button").click();
    const toggle = o.getByTestId("four-eyes-toggle");
    expect(await toggle.isChecked()).toBe(true);
    await toggle.click();
    await eventually(async () => expect(await toggle.isChecked()).toBe(false));
    // The reviewer hears of it at once, without reloading.
    await eventually(async () => expect(await r.getByTestId("four-eyes-rule").count()).toBe(0));
    await form.getByTestId("review-submit").click();
    await eventually(async () => expect(await statusOf(card)).toBe("approved"));
  });

  it("filters the timeline by review status and by tag, and keeps both in the URL", async () => {
    const id = await app.createTimeline("Filters");
    const e = await openAsEditor(id);
    const london = await addEntry(e, "London talks open", "Talks began in London.");
    const moscow = await addEntry(e, "Moscow declaration", "Signed in Moscow.");
    // Ed tags the London entry.
    await london.getByTestId("entry-when").click();
    await london.getByTestId("entry-tags-input").fill("talks");
    await e.keyboard.press("Enter");
    await e.keyboard.press("Escape");
    // Rita approves it over the API (the same service the queue uses).
    const londonId = await london.getAttribute("data-entry-id");
    const approved = await rita.context.request.post(
      `${app.url}/api/timelines/${id}/entries/${londonId}/review/approve`,
      { data: {}, headers: { origin: app.url } },
    );
    expect(approved.status()).toBe(200);
    await eventually(async () => expect(await statusOf(london)).toBe("approved"));

    await e.getByTestId("status-filter").selectOption("approved");
    await eventually(async () => expect(await moscow.count()).toBe(0));
    expect(await london.count()).toBe(1);
    await e.getByTestId("status-filter").selectOption("draft");
    await eventually(async () => expect(await london.count()).toBe(0));
    expect(await moscow.count()).toBe(1);
    await e.getByTestId("status-filter").selectOption("");
    await e.getByTestId("tag-filter").selectOption("talks");
    await eventually(async () => expect(await moscow.count()).toBe(0));
    expect(await london.count()).toBe(1);

    // A shared link opens with the same filters for someone else.
    await e.getByTestId("status-filter").selectOption("approved");
    const shared = new URL(e.url());
    expect(shared.searchParams.get("status")).toBe("approved");
    expect(shared.searchParams.get("tag")).toBe("talks");
    const r = await openAsReviewer(id, shared.search);
    expect(await r.getByTestId("status-filter").inputValue()).toBe("approved");
    expect(await r.getByTestId("tag-filter").inputValue()).toBe("talks");
    await eventually(async () =>
      expect(await r.getByRole("article", { name: "London talks open" }).count()).toBe(1),
    );
    expect(await r.getByRole("article", { name: "Moscow declaration" }).count()).toBe(0);
    expect(await textOf(r.getByTestId("filter-count"))).toContain("1 of 2");
  });
});
