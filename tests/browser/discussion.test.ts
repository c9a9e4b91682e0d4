/**
 * Discussion in real Chromium against the real server: an editor comments on
 * selected words, a commenter sees the thread arrive live, replies and
 * resolves it, and the editor sees both; both start threads from the keyboard. Threads are written by the server,
 * so each page only ever shows what the server stored.
 */
import type { Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type App,
  entryCard,
  eventually,
  hasFocus,
  startApp,
  syncStatus,
  textOf,
  type User,
} from "./harness";

/** Selects the first occurrence of `words` inside the element, as a mouse drag would. */
async function selectWords(within: Locator, words: string): Promise<void> {
  await within.evaluate((el, words) => {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent?.indexOf(words) ?? -1;
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + words.length);
      getSelection()?.removeAllRanges();
      getSelection()?.addRange(range);
      return;
    }
    throw new Error(`"${words}" is not in the element`);
  }, words);
}

describe("discussion between two users", () => {
  let app: App;
  let ada: User;
  let cleo: User;
  const pages: Page[] = [];

  beforeAll(async () => {
    app = await startApp();
    ada = await app.newUser("Ada Archivist");
    cleo = await app.newUser("Cleo Commenter", "commenter");
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    const errors = [...ada.pageErrors.splice(0), ...cleo.pageErrors.splice(0)];
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it("comments on a selection; the other user sees it live, replies and resolves; the first sees both", async () => {
    const id = await app.createTimeline("Talks in London");
    const a = await ada.open(id);
    pages.push(a);

    await a.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const title = a.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(title)).toBe(true));
    await a.keyboard.type("London talks open");
    const card = entryCard(a, "London talks open");
    await card.waitFor();
    await a.keyboard.press("Enter");
    await eventually(async () =>
      expect(await hasFocus(card.getByLabel("Entry description"))).toBe(true),
    );
    await a.keyboard.type("The talks opened on 1 June 1955");

    // The commenter opens the same timeline, read-only for content, with the discussion panel.
    const c = await cleo.context.newPage();
    pages.push(c);
    await c.goto(`${app.url}/t/${id}`);
    await eventually(async () => expect(await textOf(syncStatus(c))).toBe("Read-only"));
    await c.getByTestId("discussion-button").click();
    const panelC = c.getByTestId("discussion-panel");
    await panelC.getByRole("button", { name: "All entries" }).click();

    // Ada selects "1 June 1955" and starts a dispute about it.
    for (let i = 0; i < 11; i++) await a.keyboard.press("Shift+ArrowLeft");
    await card.getByTestId("comment-button").click();
    const form = a.getByTestId("new-thread-form");
    await form.getByTestId("thread-kind-dispute").click();
    await form.getByTestId("new-thread-body").fill("Another account gives 3 June.");
    await form.getByTestId("start-thread").click();
    await eventually(async () => expect(await card.locator(".comment-anchor").count()).toBe(1));
    expect(await card.locator(".comment-anchor").textContent()).toBe("1 June 1955");

    // Cleo sees it arrive without reloading.
    const threadC = panelC.getByTestId("thread").first();
    await eventually(async () => expect(await textOf(threadC)).toContain("3 June"));
    expect(await textOf(threadC.getByTestId("thread-subject"))).toContain("1 June 1955");
    expect(await textOf(threadC)).toContain("Ada Archivist");

    // Cleo replies and resolves.
    await threadC.getByTestId("reply-input").fill("Saito gives 1 June; the Soviet side 3 June.");
    await threadC.getByTestId("reply-send").click();
    await eventually(async () => expect(await threadC.getByTestId("comment").count()).toBe(2));
    await threadC.getByTestId("resolve-thread").click();

    // Ada sees the reply and the resolved state (her panel opened when she started the thread).
    const panelA = a.getByTestId("discussion-panel");
    await panelA.getByTestId("show-resolved").check();
    const threadA = panelA.getByTestId("thread").first();
    await eventually(async () =>
      expect(await threadA.getAttribute("data-status")).toBe("resolved"),
    );
    expect(await textOf(threadA)).toContain("Saito gives 1 June");
    expect(await textOf(threadA.getByTestId("resolved-by"))).toContain("Cleo Commenter");
    // Resolved threads are hidden by default, and their highlight goes.
    await panelA.getByTestId("show-resolved").uncheck();
    await eventually(async () => expect(await panelA.getByTestId("thread").count()).toBe(0));
    await eventually(async () => expect(await card.locator(".comment-anchor").count()).toBe(0));

    // Cleo asks about words of the title; Ada sees them marked in her title.
    const cardC = entryCard(c, "London talks open");
    await cardC.getByTestId("entry-when").click();
    await cardC
      .getByLabel("Entry title")
      .evaluate((el) => (el as HTMLTextAreaElement).setSelectionRange(0, 6));
    await cardC.getByTestId("comment-title").click();
    const titleForm = c.getByTestId("new-thread-form");
    await titleForm.getByTestId("thread-kind-question").click();
    await titleForm.getByTestId("new-thread-body").fill("London, or the Soviet embassy?");
    await titleForm.getByTestId("start-thread").click();
    await eventually(async () =>
      expect(await card.getByTestId("title-highlights").locator("mark").textContent()).toBe(
        "London",
      ),
    );
    expect(await textOf(panelA.getByTestId("thread").first())).toContain("Soviet embassy");
  });

  it("opens a thread on the selected words from the keyboard: C on read-only text, Ctrl+Alt+M while writing", async () => {
    const id = await app.createTimeline("Shortcuts");
    const a = await ada.open(id);
    pages.push(a);
    await a.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const title = a.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(title)).toBe(true));
    await a.keyboard.type("Notes exchanged");
    const card = entryCard(a, "Notes exchanged");
    await card.waitFor();
    await a.keyboard.press("Enter");
    await eventually(async () =>
      expect(await hasFocus(card.getByLabel("Entry description"))).toBe(true),
    );
    await a.keyboard.type("The note arrived in June 1955");

    // Ada, writing: C would type a letter, so the chord opens the form on her selection.
    const bodyA = card.getByLabel("Entry description");
    await selectWords(bodyA, "June 1955");
    await a.keyboard.press("Control+Alt+KeyM");
    const formA = a.getByTestId("new-thread-form");
    await eventually(async () => expect(await textOf(formA)).toContain("“June 1955”"));
    await a.keyboard.press("Escape");
    await eventually(async () => expect(await formA.count()).toBe(0));
    // Nothing was typed over the selection.
    expect(await textOf(bodyA)).toBe("The note arrived in June 1955");

    // Cleo, read-only: selects "note arrived" and presses C.
    const c = await cleo.context.newPage();
    pages.push(c);
    await c.goto(`${app.url}/t/${id}`);
    await eventually(async () => expect(await textOf(syncStatus(c))).toBe("Read-only"));
    const cardC = entryCard(c, "Notes exchanged");
    await cardC.getByTestId("entry-when").click();
    const body = cardC.getByLabel("Entry description");
    await eventually(async () => expect(await textOf(body)).toContain("June 1955"));
    await selectWords(body, "note arrived");
    await c.keyboard.press("c");
    const formC = c.getByTestId("new-thread-form");
    await eventually(async () => expect(await textOf(formC)).toContain("“note arrived”"));
    await formC.getByTestId("new-thread-body").fill("Delivered by whom?");
    await formC.getByTestId("start-thread").click();
    await eventually(async () =>
      expect(await textOf(entryCard(a, "Notes exchanged").locator(".comment-anchor"))).toBe(
        "note arrived",
      ),
    );

    // Both are listed with the other shortcuts.
    await c.keyboard.press("Escape");
    await c.keyboard.press("?");
    const shortcuts = c.getByRole("dialog");
    await eventually(async () =>
      expect(await textOf(shortcuts)).toContain("Comment on the selected words"),
    );
  });
});
