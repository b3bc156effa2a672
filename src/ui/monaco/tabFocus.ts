// Tab leaves the editor after Escape, as in VS Code's tab-focus mode: a keyboard user who
// tabbed into the program can tab out again, and everyone else keeps Tab for indenting.
// Escape turns the mode on; any key but Tab and the modifiers turns it off, as does leaving
// the editor (so coming back by Tab types tabs again).

import { monaco } from "./environment.ts";

const KEEPS = new Set([monaco.KeyCode.Tab, monaco.KeyCode.Shift, monaco.KeyCode.Escape, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);

/** Watches the editor's keys; `onMode` hears each change. Returns what to dispose. */
export function attachTabEscape(ed: monaco.editor.IStandaloneCodeEditor, onMode: (tabMovesFocus: boolean) => void): monaco.IDisposable[] {
  let on = false;
  const set = (v: boolean) => {
    if (v === on) return;
    on = v;
    ed.updateOptions({ tabFocusMode: v });
    onMode(v);
  };
  return [
    ed.onKeyDown((e) => {
      if (e.keyCode === monaco.KeyCode.Escape) set(true);
      else if (!KEEPS.has(e.keyCode)) set(false);
    }),
    ed.onDidBlurEditorText(() => set(false)),
  ];
}
