// The keyboard help sheet: every shortcut, the debugger's (from its actions) and the
// editor's and page's (from keys.ts). `?` outside a text field opens it, F1 opens the
// editor's command palette from anywhere. A native modal <dialog>: it keeps focus inside,
// closes on Escape and gives focus back to where it was.

import { useEffect, useRef, useState } from "react";
import { openCommandPalette } from "../../commandPalette.ts";
import { PAGE_KEYS } from "../../keys.ts";
import { DEBUG_ACTIONS, keyLabel } from "../debug/actions.ts";

/** Whether a key press is typing: into a field, a select or the editor. */
function typing(e: KeyboardEvent): boolean {
  const t = e.target as HTMLElement | null;
  return !!t && (t.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(t.tagName) || !!t.closest(".monaco-editor"));
}

export function KeyboardHelp() {
  const dialog = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);

  useEffect(() => {
    const onKeyDown = (e: KeyboardEvent) => {
      if (e.key === "?" && !e.ctrlKey && !e.metaKey && !e.altKey && !typing(e)) {
        e.preventDefault();
        setOpen(true);
      } else if (e.key === "F1" && !e.ctrlKey && !e.metaKey && !e.altKey && !e.shiftKey && !(e.target as HTMLElement | null)?.closest?.(".monaco-editor")) {
        e.preventDefault();
        openCommandPalette();
      }
    };
    window.addEventListener("keydown", onKeyDown);
    return () => window.removeEventListener("keydown", onKeyDown);
  }, []);

  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);

  return (
    <>
      <button type="button" className="help-button" aria-label="Keyboard shortcuts" title="Keyboard shortcuts (?)" onClick={() => setOpen(true)}>
        ?
      </button>
      <dialog ref={dialog} className="keyboard-help" aria-labelledby="keyboard-help-title" onClose={() => setOpen(false)}>
        <div className="keyboard-help-head">
          <h2 id="keyboard-help-title">Keyboard shortcuts</h2>
          <button type="button" className="icon-button" aria-label="Close" onClick={() => setOpen(false)}>
            ×
          </button>
        </div>
        <table>
          <caption>Debugger (anywhere on the page)</caption>
          <tbody>
            {DEBUG_ACTIONS.filter((a) => a.keys.length).map((a) => (
              <tr key={a.id}>
                <th scope="row">{a.keys.map(keyLabel).join(", ")}</th>
                <td>{a.hint.replace(/ \(.*\)$/, "")}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <table>
          <caption>Editor and page</caption>
          <tbody>
            {PAGE_KEYS.map((k) => (
              <tr key={k.id}>
                <th scope="row">{k.keys}</th>
                <td>{k.what}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </dialog>
    </>
  );
}
