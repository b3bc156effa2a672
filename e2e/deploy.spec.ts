// Journey (issue 12): the production build works from any static host under any path, and offline
// once loaded. The build is served by a plain static server under /some/path/ (not the preview server
// the other journeys use): everything it fetches lies under that path, the engine's and the editor's
// workers start, the service worker takes over; then offline, a reload brings the app back from the
// service worker's cache and the editor and the engine work.

import { resolve } from "node:path";
import { expect, test } from "@playwright/test";
import { App } from "./pages/app.ts";
import { serveStatic } from "./support/static.ts";
import type { StaticServer } from "./support/static.ts";

const BASE = "/some/path/";
let server: StaticServer;

test.beforeAll(async () => {
  server = await serveStatic(resolve(process.env.E2E_DIST ?? "dist"), BASE);
});
test.afterAll(async () => {
  await server.close();
});

test("the build runs under a sub-path, and offline once loaded", async ({ page, context }) => {
  test.setTimeout(180_000);
  const failed: string[] = [];
  page.on("response", (r) => {
    if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`);
  });
  page.on("requestfailed", (r) => failed.push(`failed ${r.url()}`));
  const app = new App(page);
  await page.goto(server.url);
  await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
  await app.editor.waitReady();
  // the engine worker built the starter program and the verifier worker judged it
  await expect(app.bytecode.instruction(0)).not.toBeEmpty({ timeout: 60_000 });
  await expect(app.status).toHaveText(/instructions, 0 errors$/);

  // the service worker is active for this path and has precached the build (`ready` resolves once a
  // worker is active, which may still be "activating": its activation is waited for, or its failure)
  const sw = await page.evaluate(async () => {
    const r = await navigator.serviceWorker.ready;
    const w = r.active;
    if (w && w.state === "activating") {
      await new Promise<void>((done) => w.addEventListener("statechange", () => (w.state === "activated" || w.state === "redundant") && done()));
    }
    return { scope: r.scope, state: w?.state };
  });
  expect(sw).toEqual({ scope: server.url, state: "activated" });
  expect(failed, "nothing the page asked for was missing").toEqual([]);
  const outside = server.requests.filter((p) => !p.startsWith(BASE));
  expect(outside, "every request lies under the base path").toEqual([]);
  for (const file of [/\/assets\/worker-[^/]+\.js$/, /\/assets\/verifier-[^/]+\.js$/, /\/assets\/CodeEditor-[^/]+\.js$/, /\/sw\.js$/]) {
    expect(server.requests.some((p) => file.test(p)), `fetched ${file}`).toBe(true);
  }

  await context.setOffline(true);
  const before = server.requests.length;
  await page.reload();
  await expect(app.editor.editor).toBeVisible({ timeout: 60_000 });
  await app.editor.waitReady();
  expect(await page.evaluate(() => navigator.serviceWorker.controller !== null), "the page came from the service worker").toBe(true);
  await app.language.selectOption("asm");
  await app.editor.replaceText("r0 = 42\nexit\n");
  await expect(app.bytecode.instruction(0)).toHaveText("r0 = 42");
  await expect(app.bytecode.instruction(1)).toHaveText("exit");
  await app.debugger.click("Run");
  await expect(app.debugger.status).toContainText("Exited: r0 = 42");
  expect(server.requests.length, "nothing reached the server while offline").toBe(before);
  expect(failed.filter((f) => !f.startsWith("failed")), "no missing file offline").toEqual([]);
});
