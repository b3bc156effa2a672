// The editor's command palette, reachable from anywhere on the page (F1): the editor, once
// loaded, registers how to open it; before that F1 does nothing.

let open: (() => void) | undefined;

export function setCommandPalette(f: (() => void) | undefined): void {
  open = f;
}

/** Opens the palette; false when there is no editor yet. */
export function openCommandPalette(): boolean {
  if (!open) return false;
  open();
  return true;
}
