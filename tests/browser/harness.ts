/**
 * Helpers for the browser suites: the real server with the web app on a free
 * port, Chromium, one browser context per user, and retrying waits on what
 * the page shows (playwright-core has no `expect`, so waits retry instead of
 * sleeping).
 */
import type { Browser, BrowserContext, Locator, Page } from "playwright-core";
import type { Role } from "../../lib/auth/roles";
import { type Backend, createBackend } from "../helpers/backends";
import { retryUntil } from "../helpers/retry";
import { startServer, type TestServer } from "../helpers/server";
import { launchChromium } from "./launch";

/** Every test user's password. */
const PASSWORD = "correct horse battery";

/** How long a page waits for what another page did: collaboration here takes well under 1 s. */
export const SYNC_TIMEOUT = 15_000;
/** Playwright's own wait for an element or an action, kept below the test timeout. */
const ACTION_TIMEOUT = 15_000;

export type App = {
  server: TestServer;
  backend: Backend;
  browser: Browser;
  /** http://127.0.0.1:port */
  url: string;
  /**
   * A new user: an account signed up through the API, in a browser context of
   * its own (own cookies, storage and IndexedDB), with `role` (editor by
   * default; null: none) on every timeline createTimeline made, before or after.
   */
  newUser(name: string, role?: Role | null): Promise<User>;
  /** Creates an empty timeline as the first user (its owner), shared with every user as editor. */
  createTimeline(title: string): Promise<string>;
  /** Closes every context, the browser, the server and the database. */
  close(): Promise<void>;
};

export type User = {
  name: string;
  email: string;
  /** Every test user's password, to sign in through the form. */
  password: string;
  context: BrowserContext;
  /** Uncaught exceptions in this user's pages: a test fails when there are any. */
  pageErrors: Error[];
  /** Opens the timeline editor and waits until it has synced with the server. */
  open(timelineId: string): Promise<Page>;
};

/** Starts the whole product (PGlite, pages, API and websocket in one process) and Chromium. */
export async function startApp(): Promise<App> {
  const backend = await createBackend("pglite");
  let server: TestServer | undefined;
  let browser: Browser | undefined;
  try {
    // The build is made fresh once by tests/prebuild.ts: the server only loads it.
    server = await startServer(backend, { PARALLAX_WEB: "1" });
    browser = await launchChromium();
  } catch (error) {
    await browser?.close();
    await server?.stop().catch(() => {});
    await backend.dispose();
    throw error;
  }
  const started = { server, browser };
  const contexts: BrowserContext[] = [];
  const users: User[] = [];
  const timelineIds: string[] = [];
  const post = async (as: User, path: string, body: unknown, expected: number) => {
    const res = await as.context.request.post(`${started.server.url}${path}`, {
      data: body,
      headers: { origin: started.server.url },
    });
    if (res.status() !== expected)
      throw new Error(`POST ${path}: ${res.status()} ${await res.text()}`);
    return res.json() as Promise<unknown>;
  };
  const roles = new Map<User, Role | null>();
  const share = async (timelineId: string, user: User) => {
    const role = roles.get(user);
    if (role)
      await post(
        users[0],
        `/api/timelines/${timelineId}/members`,
        { email: user.email, role },
        201,
      );
  };
  return {
    ...started,
    backend,
    url: server.url,
    async newUser(name, role = "editor") {
      const context = await started.browser.newContext({ viewport: { width: 1280, height: 900 } });
      context.setDefaultTimeout(ACTION_TIMEOUT);
      contexts.push(context);
      const pageErrors: Error[] = [];
      context.on("page", (page) => page.on("pageerror", (error) => pageErrors.push(error)));
      const user: User = {
        name,
        email: `${name.toLowerCase().replace(/\W+/g, ".")}@test.parallax`,
        password: PASSWORD,
        context,
        pageErrors,
        async open(timelineId) {
          const page = await context.newPage();
          await page.goto(`${started.server.url}/t/${timelineId}`);
          await waitForSaved(page);
          return page;
        },
      };
      // Sign-up signs in: the session cookie lands in this context.
      await post(
        user,
        "/api/auth/sign-up/email",
        { email: user.email, password: PASSWORD, name },
        200,
      );
      users.push(user);
      roles.set(user, role);
      if (users.length > 1) for (const id of timelineIds) await share(id, user);
      return user;
    },
    async createTimeline(title) {
      if (users.length === 0) throw new Error("create a user first: timelines have an owner");
      const body = (await post(users[0], "/api/timelines", { title }, 201)) as {
        timeline: { id: string };
      };
      const id = body.timeline.id;
      timelineIds.push(id);
      for (const user of users.slice(1)) await share(id, user);
      return id;
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await started.browser.close().catch(() => {});
      try {
        await started.server.stop();
      } finally {
        await backend.dispose();
      }
    },
  };
}

/** The connection and save state in the top bar ("Saved", "Saving…", "Offline: …"). */
export function syncStatus(page: Page): Locator {
  return page.getByTestId("sync-status");
}

/** Waits until the top bar shows a state ("saved", "offline", …) and returns its text. */
export async function waitForStatus(page: Page, state: string): Promise<string> {
  const status = page.locator(`[data-testid="sync-status"][data-state="${state}"]`);
  await status.waitFor({ timeout: SYNC_TIMEOUT });
  return (await status.textContent(READ))?.trim() ?? "";
}

/** Waits until the server has acknowledged every local change ("Saved"). */
export async function waitForSaved(page: Page): Promise<void> {
  const text = await waitForStatus(page, "saved");
  if (text !== "Saved") throw new Error(`the saved state reads "${text}"`);
}

/** Retries an assertion until it holds (vitest's expect inside), for SYNC_TIMEOUT by default. */
export function eventually<T>(fn: () => T | Promise<T>, timeout = SYNC_TIMEOUT) {
  return retryUntil(fn, { timeout, interval: 50 });
}

/** Quick reads inside `eventually`: an absent element fails fast and is retried. */
const READ = { timeout: 1_000 };

/**
 * The text a person reads in an element, whitespace collapsed. Other
 * people's carets (and their name labels) inside a Tiptap editor are left out.
 */
export async function textOf(locator: Locator): Promise<string> {
  const text = await locator.evaluate(
    (el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const caret of copy.querySelectorAll(".collaboration-carets__caret")) caret.remove();
      return copy.textContent ?? "";
    },
    undefined,
    READ,
  );
  return text.replace(/\s+/g, " ").trim();
}

export function inputValueOf(locator: Locator): Promise<string> {
  return locator.inputValue(READ);
}

/** Whether the element has the keyboard focus, or holds the element that has it. */
export function hasFocus(locator: Locator): Promise<boolean> {
  return locator.evaluate((el) => el.contains(document.activeElement), undefined, READ);
}

/** The card of an entry in the list, found by its title (its accessible name). */
export function entryCard(page: Page, title: string): Locator {
  return page.getByRole("article", { name: title, exact: true });
}

/** Every entry card in the list. */
export function entryCards(page: Page): Locator {
  return page.getByTestId("entry-list").getByRole("article");
}
