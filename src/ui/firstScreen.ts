// The first screen is the editor taking typing: a plain editor first, then Monaco in its place.
// Monaco's code (most of the download) is fetched and started after the first paint, in a pause of
// the typing: fetched earlier, its download and compilation competed with the page's own script.
// Panes that are not needed to type (the terminal, the Events pane, the verifier's log, maps,
// memory) wait until Monaco is up and the page is idle, so they never compete with it for the one
// main thread.

import { createElement, lazy, Suspense } from "react";
import type { ComponentType } from "react";

/** How long the keyboard must rest before Monaco starts (its start holds the main thread ~0.5 s). */
const QUIET_MS = 400;

/**
 * Resolves once the page has painted and then the user has not pressed a key for QUIET_MS. Until
 * then the plain editor (panes/editor/PlainEditor.tsx) takes the typing; Monaco's start (running
 * its 3 MB module, then making the editor) is one long task of the main thread, and a key pressed
 * during it waits for it: it is put where it cannot delay a keystroke, in a pause of the typing.
 */
const paintedAndQuiet = () =>
  new Promise<void>((resolve) => {
    requestAnimationFrame(() =>
      setTimeout(() => {
        let timer = setTimeout(done, QUIET_MS);
        const typed = () => {
          clearTimeout(timer);
          timer = setTimeout(done, QUIET_MS);
        };
        function done() {
          removeEventListener("keydown", typed, true);
          resolve();
        }
        addEventListener("keydown", typed, true);
      }),
    );
  });

let loading: Promise<typeof import("./monaco/CodeEditor.tsx")> | undefined;

/**
 * Monaco and the editor component: one chunk, loaded once, fetched and started after the first
 * paint in a pause of the typing.
 */
export const loadCodeEditor = () => (loading ??= paintedAndQuiet().then(() => import("./monaco/CodeEditor.tsx")));

/** Waits for the browser to be idle, at most `ms`. */
const idle = (ms: number) =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === "function") requestIdleCallback(() => resolve(), { timeout: ms });
    else setTimeout(resolve, 50);
  });

/** Resolves once the editor is in the page (Monaco's root element), checked as the DOM changes. */
const editorShown = () =>
  new Promise<void>((resolve) => {
    const shown = () => document.querySelector(".monaco-editor") !== null;
    if (shown()) return resolve();
    const watch = new MutationObserver(() => {
      if (!shown()) return;
      watch.disconnect();
      resolve();
    });
    watch.observe(document.body, { childList: true, subtree: true });
  });

/**
 * Settles once the editor is in the page and the browser has been idle, or after a few seconds
 * whatever happened: a failed editor load does not hold up the rest.
 */
export const firstScreenDone: Promise<void> = Promise.race([
  loadCodeEditor().then(
    () => editorShown().then(() => idle(2000)),
    () => undefined,
  ),
  new Promise<void>((resolve) => setTimeout(resolve, 10_000)),
]);

/**
 * A pane whose code loads after the first screen: until then it renders an empty placeholder,
 * marked busy. `load` is a dynamic import, so the pane's code (and what only it imports) is a
 * chunk of its own.
 */
export function afterFirstScreen<P extends object>(load: () => Promise<ComponentType<P>>, name: string): ComponentType<P> {
  const Lazy = lazy(() => firstScreenDone.then(load).then((c) => ({ default: c })));
  function Deferred(props: P) {
    return createElement(Suspense, { fallback: createElement("div", { className: "pane-loading", "aria-busy": true }) }, createElement(Lazy as ComponentType<P>, props));
  }
  Deferred.displayName = `AfterFirstScreen(${name})`;
  return Deferred;
}
