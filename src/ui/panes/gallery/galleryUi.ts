// Whether the gallery dialog is open, and on which of its two lists.

import { create } from "zustand";

export type GalleryTab = "examples" | "lessons";

interface GalleryUiState {
  readonly open: boolean;
  readonly tab: GalleryTab;
  show(tab?: GalleryTab): void;
  close(): void;
}

export const useGalleryUi = create<GalleryUiState>()((set) => ({
  open: false,
  tab: "examples",
  show: (tab) => set((s) => ({ open: true, tab: tab ?? s.tab })),
  close: () => set({ open: false }),
}));
