/**
 * Publishing in real Chromium against the real server, end to end: an editor
 * writes a sourced, disputed entry and asks for review; the reviewer approves
 * it from the Review panel; the owner sees the checklist in the Publish
 * dialog (the blocking items, a draft left out), overrides with a recorded
 * reason and publishes release 1; a reader without an account sees it at
 * /p/<slug>. Then the editor fixes and changes the entry, the reviewer
 * approves again, the owner publishes a correction with a public note, and
 * the public page shows release 2 with what changed while /v/1 keeps the old
 * text. On the demo timeline (seeded on a fresh start, release 1 published):
 * reviewers and editors get no confirm button, the dialog's error, retry and
 * offline states, and unpublishing answers 410 until the owner republishes.
 */
import type { BrowserContext, Locator, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { Role } from "../../lib/auth/roles";
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from "../../lib/demo/accounts";
import type { PublicationState } from "../../lib/publish/release";
import {
  type App,
  eventually,
  hasFocus,
  startApp,
  syncStatus,
  textOf,
  type User,
  waitForSaved,
} from "./harness";

const TITLE = "Moscow declaration, 1956";
const SLUG = "moscow-declaration-1956";
const ENTRY = "Joint declaration signed";
const DRAFT = "Shikotan and Habomai promised";
const OVERRIDE = "Both dates are in the sources; the note on the dispute follows in a correction.";
const CORRECTION = "Added the sources of both dates and why they differ.";

describe("publishing", () => {
  let app: App;
  let olga: User;
  let ed: User;
  let rita: User;
  const pages: Page[] = [];
  /** Contexts made here (readers without an account, the demo accounts), closed after each test. */
  const contexts: BrowserContext[] = [];
  const pageErrors: Error[] = [];

  beforeAll(async () => {
    app = await startApp();
    // The first user owns the timelines the harness creates.
    olga = await app.newUser("Olga Owner");
    ed = await app.newUser("Ed Editor", "editor");
    rita = await app.newUser("Rita Reviewer", "reviewer");
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    for (const context of contexts.splice(0)) await context.close().catch(() => {});
    const errors = [olga, ed, rita].flatMap((user) => user.pageErrors.splice(0));
    errors.push(...pageErrors.splice(0));
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  const track = (page: Page) => {
    pages.push(page);
    return page;
  };

  /** A browser context of its own (no cookies unless signed in), closed after the test. */
  const newContext = async () => {
    const context = await app.browser.newContext({ viewport: { width: 1280, height: 900 } });
    context.setDefaultTimeout(15_000);
    context.on("page", (page) => page.on("pageerror", (error) => pageErrors.push(error)));
    contexts.push(context);
    return context;
  };

  /** A public page, read as someone without an account, in a fresh context (so nothing is cached). */
  const readPublic = async (path: string) => {
    const page = await (await newContext()).newPage();
    const response = await page.goto(`${app.url}${path}`);
    return { page, status: response?.status() ?? 0 };
  };

  /** A page for a member whose page never says "Saved" (reviewers do not write content). */
  const openReadOnly = async (context: BrowserContext, id: string, query = "") => {
    const page = track(await context.newPage());
    await page.goto(`${app.url}/t/${id}${query}`);
    await eventually(async () => expect(await textOf(syncStatus(page))).toBe("Read-only"));
    return page;
  };

  /** Opens the Publish dialog and waits until it has loaded. */
  const openPublish = async (page: Page): Promise<Locator> => {
    await page.getByTestId("publish-button").click();
    const dialog = page.getByTestId("publish-dialog");
    await dialog.getByTestId("publication-state").waitFor();
    return dialog;
  };

  const closeDialog = async (page: Page, dialog: Locator, label = "Close") => {
    await dialog.getByRole("button", { name: label, exact: true }).last().click();
    await eventually(async () =>
      expect(await page.getByTestId("publication-state").count()).toBe(0),
    );
  };

  /** Picks a source in the citation form's combobox by typing part of its title. */
  const pickSource = async (form: Locator, text: string) => {
    const picker = form.getByTestId("source-picker");
    await picker.click();
    await picker.fill(text);
    await form
      .getByRole("option", { name: new RegExp(text) })
      .first()
      .click();
  };

  /** Cites the library's only source for account `index` of the entry's claim. */
  const citeAccount = async (page: Page, claim: Locator, index: number, locator: string) => {
    const row = claim.getByTestId("variant-row").nth(index);
    await row.getByRole("button", { name: "Cite a source for this account" }).click();
    const form = page.getByTestId("cite-form");
    await pickSource(form, "Joint Declaration");
    await form.getByTestId("citation-locator").fill(locator);
    await form.getByTestId("cite-submit").click();
    await eventually(async () => expect(await textOf(row)).toContain("Hara"));
  };

  /** Adds an entry through the UI with the title typed; returns its card (found by id). */
  const addEntry = async (page: Page, title: string): Promise<Locator> => {
    await page.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const input = page.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(input)).toBe(true));
    await page.keyboard.type(title);
    const named = page.getByRole("article", { name: title, exact: true });
    await named.waitFor();
    const entryId = await named.getAttribute("data-entry-id");
    return page.locator(`[data-testid="entry-card"][data-entry-id="${entryId}"]`);
  };

  const statusOf = (card: Locator) =>
    card
      .locator("header")
      .getByTestId("review-badge")
      .getAttribute("data-status", { timeout: 1_000 });

  /** The reviewer approves an entry from the Review panel's queue. */
  const approveFromQueue = async (page: Page, entryId: string) => {
    const item = page.locator(`[data-testid="review-item"][data-entry-id="${entryId}"]`);
    await eventually(async () =>
      expect(await item.getAttribute("data-status", { timeout: 1_000 })).toBe("in_review"),
    );
    await item.locator("[data-item-head]").click();
    await eventually(async () => expect(await item.getAttribute("aria-current")).toBe("true"));
    await item.getByTestId("queue-approve").click();
  };

  const publicationOf = async (user: User, id: string) => {
    const response = await user.context.request.get(`${app.url}/api/timelines/${id}/publication`);
    expect(response.status()).toBe(200);
    return (await response.json()) as PublicationState;
  };

  it("publishes an approved entry over its blocking items with a recorded reason, then a correction; readers see both releases", async () => {
    const id = await app.createTimeline(TITLE);
    const e = track(await ed.open(id));

    // The editor adds a source to the library.
    await e.getByTestId("sources-button").click();
    const sources = e.getByTestId("sources-panel");
    await sources.getByRole("button", { name: "Add source" }).click();
    await e.getByTestId("source-title").fill("The Soviet-Japanese Joint Declaration of 1956");
    await e.getByTestId("source-authors").fill("Hara, Kimie");
    await e.getByTestId("source-save").click();
    await eventually(async () =>
      expect(await textOf(sources.getByTestId("source-reference").first())).toContain("Hara"),
    );

    // An entry with a date, a text citing the source, and a claim with two accounts.
    const card = await addEntry(e, ENTRY);
    const entryId = (await card.getAttribute("data-entry-id")) as string;
    await card.getByLabel("When", { exact: true }).fill("1956-10-19");
    await card.getByLabel("When", { exact: true }).press("Enter");
    const description = card.getByLabel("Entry description");
    await description.click();
    await eventually(async () => expect(await hasFocus(description)).toBe(true));
    await e.keyboard.type(
      "Hatoyama and Bulganin signed the declaration in Moscow on 19 October 1956",
    );
    for (let i = 0; i < "19 October 1956".length; i++) await e.keyboard.press("Shift+ArrowLeft");
    await card.getByTestId("mark-claim").click();
    const claim = card.getByTestId("claim-editor");
    await claim.waitFor();
    await description.click();
    await e.keyboard.press("End");
    await card.getByTestId("cite-button").click();
    const citeForm = e.getByTestId("cite-form");
    await pickSource(citeForm, "Joint Declaration");
    await citeForm.getByTestId("citation-locator").fill("12");
    await citeForm.getByTestId("cite-submit").click();
    await eventually(async () =>
      expect(await textOf(card.getByTestId("citation-notes"))).toMatch(/1\s*Hara.*12/),
    );
    await claim.getByTestId("add-variant-input").fill("20 October 1956");
    await claim.getByTestId("add-variant").click();
    await eventually(async () =>
      expect(await claim.getByTestId("claim-accounts-differ").isVisible()).toBe(true),
    );

    // A second entry stays a draft: the release leaves it out.
    const draft = await addEntry(e, DRAFT);
    const draftId = (await draft.getAttribute("data-entry-id")) as string;

    // The editor asks Rita to review the first entry (selected, it shows its review section).
    await card.getByLabel("Entry title").click();
    await description.waitFor();
    const section = card.getByTestId("review-section");
    await section.getByTestId("request-review").click();
    const form = section.getByTestId("review-form");
    await form.getByTestId("request-assignee").selectOption({ label: "Rita Reviewer" });
    await form.getByTestId("review-submit").click();
    await eventually(async () => expect(await statusOf(card)).toBe("in_review"));
    await waitForSaved(e);

    // The reviewer approves it in the Review panel.
    const r = await openReadOnly(rita.context, id, "?panel=review");
    await approveFromQueue(r, entryId);
    await eventually(async () => expect(await statusOf(card)).toBe("approved"));

    // The owner opens Publish: nothing public yet, and the checklist for release 1.
    const o = track(await olga.open(id));
    let dialog = await openPublish(o);
    expect(await dialog.getByTestId("publication-state").getAttribute("data-state")).toBe("never");
    const next = dialog.getByTestId("next-release");
    await eventually(async () =>
      expect(await textOf(next.getByTestId("next-release-summary"))).toBe(
        "1 approved entry would be published, 1 left out.",
      ),
    );
    const blockingKinds = await dialog
      .locator('[data-testid="checklist-item"][data-blocking="true"]')
      .evaluateAll((els) => els.map((el) => el.getAttribute("data-kind")));
    // No public note on the dispute, and neither account cites a source.
    expect(blockingKinds).toEqual(["dispute_without_note", "uncited_variant", "uncited_variant"]);
    const leftOut = dialog.locator('[data-testid="checklist-item"][data-kind="left_out"]');
    expect(await leftOut.count()).toBe(1);
    expect(await leftOut.getAttribute("data-entry-id")).toBe(draftId);
    expect(await textOf(leftOut)).toContain(DRAFT);
    expect(await textOf(leftOut)).toContain("Not sent for review");
    // The first release is a first release; nothing else can be chosen.
    expect(await dialog.getByTestId("publish-kind").inputValue()).toBe("first");
    expect(await dialog.getByTestId("publish-kind").isDisabled()).toBe(true);

    // Blocking items: publishing needs a reason, which is then recorded.
    const confirm = dialog.getByTestId("publish-confirm");
    expect(await textOf(confirm)).toBe("Publish release 1 anyway");
    await confirm.click();
    await eventually(async () =>
      expect(await textOf(dialog.getByRole("alert").first())).toContain(
        "Give a reason to publish anyway",
      ),
    );
    expect(await hasFocus(dialog.getByTestId("publish-override"))).toBe(true);
    await dialog.getByTestId("publish-override").fill(OVERRIDE);
    await confirm.click();
    const success = dialog.getByTestId("publish-success");
    await eventually(async () => expect(await textOf(success)).toContain("Release 1 is public."));
    expect(await confirm.count()).toBe(0);
    const first = dialog.locator('[data-testid="release-item"][data-number="1"]');
    expect(await textOf(first)).toContain("First release");
    expect(await textOf(first.getByTestId("release-override"))).toContain(OVERRIDE);
    expect(await dialog.getByTestId("public-url").getAttribute("href")).toBe(`/p/${SLUG}`);
    expect(await dialog.getByTestId("publication-state").getAttribute("data-state")).toBe(
      "published",
    );
    // The server kept the reason with the release.
    const published = await publicationOf(olga, id);
    expect(published.slug).toBe(SLUG);
    expect(published.releases.map((release) => [release.number, release.overrideReason])).toEqual([
      [1, OVERRIDE],
    ]);
    await closeDialog(o, dialog, "Done");

    // A reader without an account: the entry, its footnoted source, the accounts that differ.
    const v1 = await readPublic(`/p/${SLUG}`);
    expect(v1.status).toBe(200);
    const p1 = v1.page;
    expect(await textOf(p1.locator("h1"))).toBe(TITLE);
    expect(await textOf(p1.getByTestId("release-line"))).toMatch(
      /^Release 1 · Published .* · First release$/,
    );
    expect(await p1.locator("article.pe").count()).toBe(1);
    const article = p1.locator(`#entry-${entryId}`);
    expect(await textOf(article.locator(".pe-title"))).toBe(ENTRY);
    expect(await textOf(article)).toContain("signed the declaration in Moscow on 19 October 1956");
    expect(await article.locator(".footnote-ref a").count()).toBe(1);
    expect(await textOf(article.locator(".pe-notes"))).toMatch(/Hara.*12/);
    const differ = article.locator(".pe-differ");
    expect(await textOf(differ)).toContain("Accounts differ");
    expect(await differ.locator(".pe-variant > strong").allTextContents()).toEqual([
      "19 October 1956",
      "20 October 1956",
    ]);
    expect(await textOf(p1.locator("body"))).not.toContain(DRAFT);
    expect(await textOf(p1.locator("#sources"))).toContain("Joint Declaration of 1956");
    expect(await p1.getByTestId("release-changes").count()).toBe(0);

    // The editor fixes what blocked (a source for each account, a note on the dispute),
    // changes the text, and asks for review again.
    await card.getByLabel("Entry title").click();
    await description.click();
    await e.keyboard.press("Control+End");
    await e.keyboard.type(" It ended the state of war.");
    await eventually(async () => expect(await claim.isVisible()).toBe(true));
    await citeAccount(e, claim, 0, "12");
    await citeAccount(e, claim, 1, "31");
    const reason = claim.getByLabel("Note on the dispute");
    await reason.fill("The Soviet record dates the signature a day later.");
    await reason.press("Tab");
    await eventually(async () => expect(await statusOf(card)).toBe("changed_since_approval"));
    await section.getByTestId("request-review").click();
    await section.getByTestId("review-form").getByTestId("review-submit").click();
    await eventually(async () => expect(await statusOf(card)).toBe("in_review"));
    await waitForSaved(e);

    // The reviewer approves again.
    await approveFromQueue(r, entryId);
    await eventually(async () => expect(await statusOf(card)).toBe("approved"));

    // The owner publishes a correction: nothing blocks now, and a correction needs a note.
    dialog = await openPublish(o);
    await eventually(async () =>
      expect(await textOf(next.getByTestId("next-release-summary"))).toBe(
        "1 approved entry would be published, 1 left out.",
      ),
    );
    expect(await dialog.locator('[data-blocking="true"]').count()).toBe(0);
    expect(await dialog.getByTestId("publish-override").count()).toBe(0);
    const kind = dialog.getByTestId("publish-kind");
    expect(await kind.locator("option").allTextContents()).toEqual([
      "Update",
      "Correction",
      "Clarification",
    ]);
    await kind.selectOption("correction");
    expect(await textOf(confirm)).toBe("Publish release 2");
    await confirm.click();
    await eventually(async () =>
      expect(await textOf(dialog.getByRole("alert").first())).toContain("need a public note"),
    );
    expect(await hasFocus(dialog.getByTestId("publish-note"))).toBe(true);
    await dialog.getByTestId("publish-note").fill(CORRECTION);
    await confirm.click();
    await eventually(async () => expect(await textOf(success)).toContain("Release 2 is public."));
    const second = dialog.locator('[data-testid="release-item"][data-number="2"]');
    expect(await textOf(second)).toContain("Correction");
    expect(await textOf(second)).toContain(CORRECTION);
    expect(await second.getByTestId("release-override").count()).toBe(0);
    expect(await dialog.getByTestId("release-item").count()).toBe(2);
    await closeDialog(o, dialog, "Done");

    // The public page is release 2, with the correction note and what changed.
    const v2 = await readPublic(`/p/${SLUG}`);
    expect(v2.status).toBe(200);
    const p2 = v2.page;
    expect(await textOf(p2.getByTestId("release-line"))).toMatch(/^Release 2 · .* · Correction$/);
    expect(await textOf(p2.getByTestId("release-note"))).toContain(CORRECTION);
    const changes = p2.getByTestId("release-changes");
    expect(await textOf(changes.locator("h3"))).toBe("What changed since release 1");
    expect(await textOf(changes)).toContain(CORRECTION);
    const changed = changes.getByTestId("changes-changed");
    expect(await textOf(changed)).toContain(ENTRY);
    expect(await changed.locator(`a[href="#entry-${entryId}"]`).count()).toBe(1);
    const article2 = p2.locator(`#entry-${entryId}`);
    expect(await textOf(article2)).toContain("It ended the state of war.");
    expect(await textOf(article2.locator(".pe-differ"))).toContain(
      "The Soviet record dates the signature a day later.",
    );
    expect(await article2.locator(".pe-differ .pe-cites .pe-ref").count()).toBe(2);

    // Release 1 keeps the text it was published with.
    const old = await readPublic(`/p/${SLUG}/v/1`);
    expect(old.status).toBe(200);
    expect(await textOf(old.page.getByTestId("older-release"))).toContain(
      "permanent copy of release 1",
    );
    const oldArticle = old.page.locator(`#entry-${entryId}`);
    expect(await textOf(oldArticle)).toContain("in Moscow on 19 October 1956");
    expect(await textOf(oldArticle)).not.toContain("It ended the state of war.");
  }, 180_000);

  /** Signs a demo account in, in a context of its own. */
  const demoAccount = async (role: Role) => {
    const account = DEMO_ACCOUNTS.find((demo) => demo.role === role);
    if (!account) throw new Error(`no demo ${role}`);
    const context = await newContext();
    const response = await context.request.post(`${app.url}/api/auth/sign-in/email`, {
      data: { email: account.email, password: DEMO_PASSWORD },
      headers: { origin: app.url },
    });
    expect(response.status()).toBe(200);
    return context;
  };

  it("shows reviewers and editors no confirm button, loads again after an error or offline, and unpublishing answers 410 until republished", async () => {
    const owner = await demoAccount("owner");
    const list = await owner.request.get(`${app.url}/api/timelines`);
    const { timelines } = (await list.json()) as { timelines: { id: string; title: string }[] };
    const demo = timelines.find((timeline) => timeline.title.startsWith("Japan and the USSR"));
    if (!demo) throw new Error("the demo timeline was not seeded");
    const state = (await (
      await owner.request.get(`${app.url}/api/timelines/${demo.id}/publication`)
    ).json()) as PublicationState;
    expect(state.releases.map((release) => release.number)).toEqual([1]);
    const slug = state.slug as string;
    const anonymous = (path: string) => fetch(`${app.url}${path}`, { redirect: "manual" });
    expect((await anonymous(`/p/${slug}`)).status).toBe(200);

    // A reviewer sees the address and the releases, but neither the checklist nor the confirm button.
    const r = await openReadOnly(await demoAccount("reviewer"), demo.id);
    let dialog = await openPublish(r);
    expect(await dialog.getByTestId("publication-state").getAttribute("data-state")).toBe(
      "published",
    );
    expect(await dialog.getByTestId("release-item").count()).toBe(1);
    expect(await textOf(dialog.getByTestId("publish-owners-only"))).toContain("Owners publish");
    expect(await dialog.getByTestId("publish-checklist").count()).toBe(0);
    expect(await dialog.getByTestId("publish-confirm").count()).toBe(0);
    expect(await dialog.getByTestId("publication-toggle").count()).toBe(0);
    await closeDialog(r, dialog);

    // An editor sees the checklist (the entries still in review are left out), but cannot publish.
    const e = track(await (await demoAccount("editor")).newPage());
    await e.goto(`${app.url}/t/${demo.id}`);
    await waitForSaved(e);
    dialog = await openPublish(e);
    const leftOut = dialog.locator('[data-testid="checklist-item"][data-kind="left_out"]');
    await eventually(async () => expect(await leftOut.count()).toBe(4));
    expect(await textOf(leftOut.first())).toContain("In review");
    expect(await textOf(dialog.getByTestId("publish-owners-only"))).toContain(
      "Only owners publish",
    );
    expect(await dialog.getByTestId("publish-confirm").count()).toBe(0);
    expect(await dialog.getByTestId("publication-toggle").count()).toBe(0);
    await closeDialog(e, dialog);

    // The owner: a failed load offers to try again.
    const o = track(await owner.newPage());
    await o.goto(`${app.url}/t/${demo.id}`);
    await waitForSaved(o);
    const failing = `${app.url}/api/timelines/${demo.id}/publication`;
    await o.route(failing, (route) =>
      route.fulfill({
        status: 503,
        contentType: "application/problem+json",
        body: JSON.stringify({ code: "unavailable", detail: "The server is restarting." }),
      }),
    );
    await o.getByTestId("publish-button").click();
    dialog = o.getByTestId("publish-dialog");
    const loadError = dialog.getByTestId("publish-load-error");
    await eventually(async () =>
      expect(await textOf(loadError)).toContain("The server is restarting."),
    );
    await o.unroute(failing);
    await loadError.getByRole("button", { name: "Try again" }).click();
    await dialog.getByTestId("publication-state").waitFor();
    await closeDialog(o, dialog);

    // Offline, it says so, and loads by itself once the connection is back.
    await owner.setOffline(true);
    await o.getByTestId("publish-button").click();
    await eventually(async () =>
      expect(await textOf(dialog.getByTestId("publish-offline"))).toContain("You are offline"),
    );
    await owner.setOffline(false);
    await dialog.getByTestId("publication-state").waitFor();
    await eventually(async () =>
      expect(await dialog.getByTestId("publish-confirm").isEnabled()).toBe(true),
    );

    // Unpublishing (confirmed) withdraws every public address: 410 until republished.
    const toggle = dialog.getByTestId("publication-toggle");
    expect(await textOf(toggle)).toBe("Unpublish");
    await toggle.click();
    const ask = o.locator('[data-testid="confirm-dialog"][open]');
    expect(await textOf(ask)).toContain("answers “gone” until you republish");
    await ask.getByTestId("confirm-button").click();
    await eventually(async () =>
      expect(await dialog.getByTestId("publication-state").getAttribute("data-state")).toBe(
        "withdrawn",
      ),
    );
    for (const path of [`/p/${slug}`, `/p/${slug}/v/1`])
      expect((await anonymous(path)).status, path).toBe(410);
    const gone = await readPublic(`/p/${slug}`);
    expect(gone.status).toBe(410);

    expect(await textOf(toggle)).toBe("Republish");
    await toggle.click();
    await eventually(async () =>
      expect(await dialog.getByTestId("publication-state").getAttribute("data-state")).toBe(
        "published",
      ),
    );
    expect((await anonymous(`/p/${slug}`)).status).toBe(200);
    const back = await readPublic(`/p/${slug}`);
    expect(back.status).toBe(200);
    expect(await textOf(back.page.getByTestId("release-line"))).toMatch(/^Release 1 · /);
  }, 120_000);
});
