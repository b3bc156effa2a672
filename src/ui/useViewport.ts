// The window's size, for the layout's three arrangements (App.tsx). CSS media queries style
// what they can; this decides which React tree to build (tabs or stacked panes).

import { useEffect, useState } from "react";

export interface Viewport {
  readonly width: number;
  readonly height: number;
}

function now(): Viewport {
  return { width: window.innerWidth, height: window.innerHeight };
}

export function useViewport(): Viewport {
  const [size, setSize] = useState(now);
  useEffect(() => {
    const onResize = () => setSize((old) => {
      const next = now();
      return next.width === old.width && next.height === old.height ? old : next;
    });
    window.addEventListener("resize", onResize);
    return () => window.removeEventListener("resize", onResize);
  }, []);
  return size;
}

export type Arrangement = "wide" | "tabbed" | "single";

/**
 * Wide: the four inspectors stacked down the right. Tabbed: the same columns, but the inspectors
 * share the right column one at a time, so each has the column's full height (narrow or short
 * windows, where four stacked panes each get too little). Single: below 1000 px wide, one column
 * that scrolls: code, then the drawer, then the inspectors in tabs.
 */
export function arrangementOf({ width, height }: Viewport): Arrangement {
  if (width < 1000) return "single";
  if (width < 1400 || height < 860) return "tabbed";
  return "wide";
}
