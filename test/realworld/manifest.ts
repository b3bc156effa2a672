// One real program to measure: a NAME.prog.json beside the program's project tree (layout.sh writes
// them). Paths in it are relative to the folder holding the manifest, or absolute (system headers).
import { readdirSync, readFileSync } from "node:fs";
import { basename, isAbsolute, join, resolve } from "node:path";

export interface Manifest {
  /** The source it came from: the folder's name (bootstrap, cilium, kernel-samples, ...). */
  readonly source: string;
  readonly name: string;
  /** Absolute path of the .c file. */
  readonly file: string;
  /** Absolute -I folders, in order (the project's own first, then the system's). */
  readonly include: readonly string[];
  /** -D NAME[=VALUE]. */
  readonly define: readonly string[];
  /** "supported": a program type bpfplay runs; "unsupported": needs BTF (fentry, lsm, iter, struct_ops, ...). */
  readonly expect: "supported" | "unsupported";
}

interface RawManifest {
  file: string;
  include?: string[];
  define?: string[];
  expect?: string;
}

const abs = (dir: string, p: string) => (isAbsolute(p) ? p : resolve(dir, p));

/** Every NAME.prog.json directly in `dir`, sorted by name; a malformed one is reported, not skipped. */
export function readManifests(dir: string): { manifests: Manifest[]; errors: string[] } {
  const manifests: Manifest[] = [];
  const errors: string[] = [];
  const source = basename(resolve(dir));
  const files = readdirSync(dir).filter((f) => f.endsWith(".prog.json")).sort();
  for (const f of files) {
    try {
      const raw = JSON.parse(readFileSync(join(dir, f), "utf8")) as RawManifest;
      if (typeof raw.file !== "string") throw new Error("no 'file'");
      manifests.push({
        source,
        name: f.slice(0, -".prog.json".length),
        file: abs(dir, raw.file),
        include: (raw.include ?? []).map((p) => abs(dir, p)),
        define: raw.define ?? [],
        expect: raw.expect === "unsupported" ? "unsupported" : "supported",
      });
    } catch (e) {
      errors.push(`${join(dir, f)}: ${(e as Error).message}`);
    }
  }
  return { manifests, errors };
}
