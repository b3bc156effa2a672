// Rows of one fixed height in a scrolling box, of which only those in view (and a few around)
// are in the DOM: a log of 20,000 lines costs what 40 cost. The box's own height and scroll
// position decide which; scrollToRow brings a row into view when it is not.

import { useCallback, useEffect, useState } from "react";

/** Rows drawn beyond each edge of the view, so a quick scroll shows no gap. */
const OVERSCAN = 12;

export interface VirtualRows {
  /** The callback ref for the scrolling box. */
  readonly attach: (el: HTMLElement | null) => void;
  readonly box: HTMLElement | null;
  readonly first: number;
  /** One past the last row drawn. */
  readonly end: number;
  readonly onScroll: () => void;
  /** Scrolls row `k` into view (a third of the way down) unless it is in view already. */
  scrollToRow(k: number): void;
}

export function useVirtualRows(count: number, rowHeight: number): VirtualRows {
  const [box, attach] = useState<HTMLElement | null>(null);
  const [view, setView] = useState({ top: 0, height: 0 });
  const measure = useCallback(() => {
    if (box) setView((v) => (v.top === box.scrollTop && v.height === box.clientHeight ? v : { top: box.scrollTop, height: box.clientHeight }));
  }, [box]);

  useEffect(() => {
    if (!box) return;
    // (an observer reports the size it finds at once: that is the first measure)
    const ro = new ResizeObserver(measure);
    ro.observe(box);
    return () => ro.disconnect();
  }, [box, measure]);

  const scrollToRow = useCallback(
    (k: number) => {
      if (!box || k < 0) return;
      const y = k * rowHeight;
      if (y >= box.scrollTop && y + rowHeight <= box.scrollTop + box.clientHeight) return;
      // the scroll event that follows measures the new view
      box.scrollTo({ top: Math.max(0, y - Math.floor(box.clientHeight / 3)) });
    },
    [box, rowHeight],
  );

  const first = Math.max(0, Math.floor(view.top / rowHeight) - OVERSCAN);
  // before the box is measured, draw a screenful so the first paint is not empty
  const shown = view.height > 0 ? Math.ceil(view.height / rowHeight) : 40;
  const end = Math.min(count, Math.floor(view.top / rowHeight) + shown + OVERSCAN);
  return { attach, box, first, end, onScroll: measure, scrollToRow };
}
