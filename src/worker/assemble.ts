// Assembles editor text into the listing the UI shows. Pure: the message loop is in worker.ts.

import { assemble, describeForm, disassemble } from "../core/asm/index.ts";
import type { Assembled, AssembleRequest, ListingRow } from "../protocol/index.ts";
import { PROTOCOL_VERSION } from "../protocol/index.ts";

export function assembleRequest(req: AssembleRequest): Assembled {
  const { program, diagnostics } = assemble(req.text, { dialect: req.dialect });
  const listing: ListingRow[] = disassemble(program.insns, { dialect: req.dialect, maps: program.maps }).map((l) => ({
    ...l,
    line: program.lines[l.pc] ?? 0,
    description: l.form ? describeForm(l.form) : undefined,
  }));
  return {
    type: "assembled",
    v: PROTOCOL_VERSION,
    id: req.id,
    listing,
    diagnostics,
    lines: program.lines,
    slots: program.insns.length,
  };
}
