// The gateway's one import of monaco-editor: the editor API, the editing features an
// assembly or C editor wants (hover, completion, find, Alt+F8 to the next error since F8 is
// the debugger's, comment toggling, the F1 command palette, ...), of Monaco's bundled languages only C's tokens, and
// its own editor worker built
// by Vite from the installed package (no CDN, no AMD loader).

import * as monaco from "monaco-editor/editor";
import "monaco-editor/features/codicon/register";
import "monaco-editor/features/hover/register";
import "monaco-editor/features/find/register";
import "monaco-editor/features/gotoError/register";
import "monaco-editor/features/bracketMatching/register";
import "monaco-editor/features/comment/register";
import "monaco-editor/features/contextmenu/register";
import "monaco-editor/features/clipboard/register";
import "monaco-editor/features/cursorUndo/register";
import "monaco-editor/features/linesOperations/register";
import "monaco-editor/features/multicursor/register";
import "monaco-editor/features/wordHighlighter/register";
import "monaco-editor/features/wordOperations/register";
import "monaco-editor/features/smartSelect/register";
import "monaco-editor/features/indentation/register";
import "monaco-editor/features/suggest/register";
// The suggest feature registers inline completions only; the completion list is this controller.
import "monaco-editor/editor/contrib/suggest/browser/suggestController";
import "monaco-editor/features/parameterHints/register";
// The command palette (F1), where bpfplay's debugger commands are listed by name.
import "monaco-editor/features/quickCommand/register";
// C's tokens for colouring; bpfplay adds its own completion and hovers (cmode.ts).
import "monaco-editor/languages/definitions/cpp/register";
import EditorWorker from "monaco-editor/editor/editor.worker?worker";

self.MonacoEnvironment = {
  getWorker: () => new EditorWorker(),
};

export { monaco };
