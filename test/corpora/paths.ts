// Where the shared corpora live, and a clear word when they are absent.
import { existsSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { skipOrFail } from "../support/skip.ts";

const here = dirname(fileURLToPath(import.meta.url));
export const CORPORA = resolve(process.env.BPFPLAY_CORPORA ?? join(here, "../../../shared/corpora"));

export function corpus(name: string): string | undefined {
  const dir = join(CORPORA, name);
  if (existsSync(dir)) return dir;
  skipOrFail(`corpus folder ${dir} is absent (set BPFPLAY_CORPORA to the folder that holds ${name}/)`);
  return undefined;
}
