// The examples the Examples menu and the gallery offer: the gallery's (gallery/*.ts), under the
// names the rest of the UI has used for them.

import { GALLERY, galleryById } from "./gallery/index.ts";
import type { GalleryExample } from "./gallery/index.ts";

export type Example = GalleryExample;

export const CATALOG: readonly Example[] = GALLERY;

export const exampleById = (id: string): Example | undefined => galleryById(id);
