// What loading an example replaced, beside the text: the language, the dialect, the SEC()
// entry and the program type. The editor's undo brings the text back (the load is one edit of
// its model); when an undo (or redo) lands on the text a load left or replaced, the rest of
// that document comes back with it, so an undone example is verified as it was before.

import type { Dialect, Language } from "../../protocol/index.ts";

/** A document as a load replaces it. */
export interface DocumentSettings {
  readonly text: string;
  readonly language: Language;
  readonly dialect: Dialect;
  readonly entry?: string;
  readonly progType: string;
}

interface Load {
  readonly before: DocumentSettings;
  readonly after: DocumentSettings;
}

/** Loads remembered, at most (the editor keeps more undo steps, but older loads are rarely undone). */
const KEEP = 32;

export class LoadHistory {
  private readonly loads: Load[] = [];

  record(before: DocumentSettings, after: DocumentSettings): void {
    this.loads.push({ before, after });
    if (this.loads.length > KEEP) this.loads.shift();
  }

  /**
   * The settings to bring back when an undo or a redo of the editor left `text`, from the
   * newest load it undid (the text before it) or redid (the text after it); undefined when
   * the text is neither.
   */
  settingsFor(text: string, how: "undo" | "redo"): DocumentSettings | undefined {
    for (let k = this.loads.length - 1; k >= 0; k--) {
      const s = how === "undo" ? this.loads[k].before : this.loads[k].after;
      if (s.text === text) return s;
    }
    return undefined;
  }
}
