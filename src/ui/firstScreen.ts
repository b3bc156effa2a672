// The first screen is the editor taking typing. Its code (Monaco, most of the download) starts
// loading as soon as the page's script runs (main.tsx), and also from the page's HTML (a
// modulepreload that vite.config.ts adds); panes that are not needed to type (the terminal, the
// Events pane, the verifier's log, maps, memory) wait until the editor is up and the page is idle,
// so they never compete with it for the one main thread.

import { createElement, lazy, Suspense } from "react";
import type { ComponentType } from "react";

/** Monaco and the editor component: one chunk, loaded once. */
export const loadCodeEditor = () => import("./monaco/CodeEditor.tsx");

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
