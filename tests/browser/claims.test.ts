/**
 * Sources, citations and claims in real Chromium against the real server:
 * one editor builds a sourced, disputed entry through the UI, and a second
 * user sees "Accounts differ" arrive live.
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

describe("sources, citations and claims", () => {
  let app: App;
  let ada: User;
  let boris: User;
  const pages: Page[] = [];

  const open = async (user: User, timelineId: string) => {
    const page = await user.open(timelineId);
    pages.push(page);
    return page;
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

  beforeAll(async () => {
    app = await startApp();
    ada = await app.newUser("Ada Archivist");
    boris = await app.newUser("Boris Reader", "viewer");
  });

  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close().catch(() => {});
    const errors = [...ada.pageErrors.splice(0), ...boris.pageErrors.splice(0)];
    expect(errors.map((error) => error.message)).toEqual([]);
  });

  afterAll(async () => {
    await app?.close();
  });

  it("adds a source, cites it, marks a claim, adds a second account and shows that accounts differ", async () => {
    const id = await app.createTimeline("London talks");
    const a = await open(ada, id);

    // A source, through the library's form.
    await a.getByTestId("sources-button").click();
    const panel = a.getByTestId("sources-panel");
    // An empty library offers its actions in the middle of the panel.
    await panel.getByRole("button", { name: "Add source" }).click();
    await a.getByTestId("source-title").fill("Negotiations to Normalize Japan-Soviet Relations");
    await a.getByTestId("source-authors").fill("Saito, Motohide");
    await a.getByTestId("source-save").click();
    await eventually(async () =>
      expect(await textOf(panel.getByTestId("source-reference").first())).toContain("Saito"),
    );

    // An entry whose body says when the talks opened.
    await a.getByRole("button", { name: "Add entry", exact: true }).first().click();
    const title = a.getByRole("article", { name: "Untitled entry" }).getByLabel("Entry title");
    await eventually(async () => expect(await hasFocus(title)).toBe(true));
    await a.keyboard.type("London talks open");
    const card = entryCard(a, "London talks open");
    await card.waitFor();
    await expect(card.getByTestId("unsourced-badge").isVisible()).resolves.toBe(true);
    await card.getByLabel("When", { exact: true }).fill("1955-06~");
    await card.getByLabel("When", { exact: true }).press("Enter");
    await card.getByLabel("Entry description").click();
    await eventually(async () =>
      expect(await hasFocus(card.getByLabel("Entry description"))).toBe(true),
    );
    await a.keyboard.type("The talks opened on 1 June 1955");

    // Mark the date as a claim: select "1 June 1955" (11 characters) and press Claim.
    for (let i = 0; i < 11; i++) await a.keyboard.press("Shift+ArrowLeft");
    await card.getByTestId("mark-claim").click();
    const claim = card.getByTestId("claim-editor");
    await claim.waitFor();
    expect(await claim.getByTestId("variant-value").first().inputValue()).toBe("1 June 1955");
    await expect(card.locator(".claim-mark").textContent()).resolves.toBe("1 June 1955");

    // Cite the source at the end of the sentence, section 4.
    await card.getByLabel("Entry description").click();
    await a.keyboard.press("End");
    await card.getByTestId("cite-button").click();
    const citeForm = a.getByTestId("cite-form");
    await pickSource(citeForm, "Negotiations");
    await citeForm.getByTestId("citation-label").selectOption("section");
    await citeForm.getByTestId("citation-locator").fill("4");
    await citeForm.getByTestId("cite-submit").click();
    const notes = card.getByTestId("citation-notes");
    await eventually(async () => expect(await textOf(notes)).toMatch(/1\s*Saito.*4/));
    await eventually(async () => expect(await card.getByTestId("unsourced-badge").count()).toBe(0));

    // Add a second account: the claim becomes disputed, and says so.
    await claim.getByTestId("add-variant-input").fill("3 June 1955");
    await claim.getByTestId("add-variant").click();
    await eventually(async () =>
      expect(await claim.getByTestId("claim-accounts-differ").isVisible()).toBe(true),
    );
    expect(await claim.getByTestId("claim-status-select").inputValue()).toBe("disputed");

    // The second account gets its own citation.
    const second = claim.getByTestId("variant-row").nth(1);
    await second.getByRole("button", { name: "Cite a source for this account" }).click();
    const variantForm = a.getByTestId("cite-form");
    await pickSource(variantForm, "Negotiations");
    await variantForm.getByTestId("citation-locator").fill("38");
    await variantForm.getByTestId("cite-submit").click();
    await eventually(async () => expect(await textOf(second)).toContain("Saito"));

    // Left alone, the entry shows the box readers see, with both accounts and their sources.
    await a.keyboard.press("Escape");
    await a.keyboard.press("Escape");
    const box = card.getByTestId("accounts-differ");
    await eventually(async () => expect(await box.isVisible()).toBe(true));
    const variants = await box.getByTestId("variant").allTextContents();
    expect(variants).toHaveLength(2);
    expect(variants[0]).toContain("1 June 1955");
    expect(variants[1]).toMatch(/3 June 1955.*Saito/);
    await expect(card.getByTestId("disputed-badge").textContent()).resolves.toContain("1");

    // A viewer sees the same box live, and the timeline filters to disputed entries.
    // A read-only page never says "Saved", so wait for the entry instead.
    const b = await boris.context.newPage();
    pages.push(b);
    await b.goto(`${app.url}/t/${id}`);
    await eventually(async () => expect(await textOf(syncStatus(b))).toBe("Read-only"));
    const cardB = entryCard(b, "London talks open");
    await eventually(async () =>
      expect(await cardB.getByTestId("accounts-differ").isVisible()).toBe(true),
    );
    await b.getByTestId("show-filter").selectOption("unsourced");
    await eventually(async () => expect(await cardB.count()).toBe(0));
    await b.getByTestId("show-filter").selectOption("disputed");
    await eventually(async () => expect(await cardB.count()).toBe(1));
    expect(await b.locator("[data-testid='axis-dispute']").count()).toBeGreaterThan(0);
    // The viewer has no tools to change claims.
    expect(await cardB.getByTestId("add-variant-input").count()).toBe(0);
  });
});
