// The editor's colours, matched to the app's dark palette in styles.css.

import { monaco } from "./environment.ts";

export const THEME = "bpfplay-dark";

let defined = false;

export function defineTheme(): void {
  if (defined) return;
  defined = true;
  monaco.editor.defineTheme(THEME, {
    base: "vs-dark",
    inherit: true,
    rules: [
      // 4.96:1 on the current line's highlight (#1a2130), 5.64:1 on the background (axe: 4.5:1).
      { token: "comment", foreground: "8190a6", fontStyle: "italic" },
      { token: "keyword", foreground: "c792ea" },
      { token: "keyword.directive", foreground: "ff9cac" },
      { token: "variable.register", foreground: "82aaff" },
      { token: "type", foreground: "89ddff" },
      { token: "type.identifier.label", foreground: "ffcb6b" },
      { token: "number", foreground: "f78c6c" },
      { token: "number.hex", foreground: "f78c6c" },
      { token: "operator", foreground: "89ddff" },
      { token: "string", foreground: "c3e88d" },
      { token: "identifier", foreground: "d6deeb" },
      { token: "invalid", foreground: "ff5370" },
    ],
    colors: {
      "editor.background": "#11151c",
      "editor.foreground": "#d6deeb",
      "editorLineNumber.foreground": "#8590a4",
      "editorLineNumber.activeForeground": "#d6deeb",
      "editor.lineHighlightBackground": "#1a2130",
      "editor.selectionBackground": "#2d3f5f",
      "editorCursor.foreground": "#82aaff",
      "editorGutter.background": "#11151c",
      "editorWidget.background": "#161b24",
      "editorWidget.border": "#2a3343",
      "editorHoverWidget.background": "#161b24",
      "editorHoverWidget.border": "#2a3343",
      "editorError.foreground": "#ff5370",
      "editorWarning.foreground": "#ffcb6b",
      "scrollbarSlider.background": "#2a334380",
    },
  });
}
