// The gallery: every example, in the order of its groups (types.ts lists them).

import { MAPS_EXAMPLES } from "./maps.ts";
import { NET_EXAMPLES } from "./net.ts";
import { REJECTION_EXAMPLES } from "./rejections.ts";
import { START_EXAMPLES } from "./start.ts";
import { TRACING_EXAMPLES } from "./tracing.ts";
import { GROUPS } from "./types.ts";
import type { GalleryExample, GroupId } from "./types.ts";

export * from "./types.ts";

export const GALLERY: readonly GalleryExample[] = [...START_EXAMPLES, ...NET_EXAMPLES, ...TRACING_EXAMPLES, ...MAPS_EXAMPLES, ...REJECTION_EXAMPLES];

export const galleryById = (id: string): GalleryExample | undefined => GALLERY.find((e) => e.id === id);

export const examplesOf = (group: GroupId): readonly GalleryExample[] => GALLERY.filter((e) => e.group === group);

export { GROUPS };
