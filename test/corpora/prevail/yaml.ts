// PREVAIL's verifier tests (test-data/*.yaml in vbpf/prevail; see the corpus README): one
// multi-document YAML stream per file, one document per case.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseAllDocuments } from "yaml";

export interface PrevailCase {
  /** e.g. "udivmod.yaml". */
  readonly file: string;
  /** The `test-case` name. */
  readonly name: string;
  readonly options: readonly string[];
  /** Constraints assumed at entry, in PREVAIL's constraint language. */
  readonly pre: readonly string[];
  /** Labelled blocks in order; the first is the entry. Each line is one instruction. */
  readonly blocks: readonly { readonly label: string; readonly lines: readonly string[] }[];
  /** Expected diagnostics; empty means PREVAIL accepts the program. */
  readonly messages: readonly string[];
  /** Set for malformed fixtures, whose loading must throw this message. */
  readonly expectedException?: string;
}

const asStrings = (v: unknown): string[] => (Array.isArray(v) ? v.map((x) => String(x)) : []);

export function readCases(dir: string): PrevailCase[] {
  const out: PrevailCase[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith(".yaml")).sort()) {
    for (const doc of parseAllDocuments(readFileSync(join(dir, file), "utf8"))) {
      if (doc.errors.length) throw new Error(`${file}: ${doc.errors[0].message}`);
      const c = doc.toJS() as Record<string, unknown> | null;
      if (!c) continue;
      const code = (c.code ?? {}) as Record<string, unknown>;
      out.push({
        file,
        name: String(c["test-case"]),
        options: asStrings(c.options),
        pre: asStrings(c.pre),
        blocks: Object.entries(code).map(([label, text]) => ({ label, lines: String(text ?? "").split("\n") })),
        messages: asStrings(c.messages),
        expectedException: c["expected-exception"] === undefined ? undefined : String(c["expected-exception"]),
      });
    }
  }
  return out;
}

/**
 * PREVAIL's verdict. `messages` holds the first error, but also every "Code becomes unreachable
 * (assume ...)" note (a branch PREVAIL found dead) and failed `observe` checks of the test
 * itself; neither says the program is unsafe.
 */
export function prevailAccepts(c: PrevailCase): boolean {
  return c.messages.every((m) => /Code becomes unreachable|observation \w+ failed/.test(m));
}
