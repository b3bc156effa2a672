// Pointer locals that are an address the code already has as base + constant (stmt.ts lowers their
// declarations through bindsAddress): no home of their own, so their loads fold the offset as clang's do.

import type { FuncSym, LocalInit, VarSym } from "../ast.ts";
import { assignedVars } from "./call.ts";
import { CodegenError } from "./blocks.ts";
import { rv } from "./expr.ts";
import { R10 } from "./ir.ts";
import type { Block, Insn } from "./ir.ts";
import type { Lowerer } from "./lower.ts";

/**
 * A pointer local the function never assigns again nor takes the address of, initialised with an
 * address the code has as base + constant (`__u32 *w = &sk->dst_port`, `h = &ctx->user_ip6[2]`): it is that
 * address itself, as an inlined parameter given one is (call.ts), so `*w` loads from the base at
 * the offset, as clang's code does. A materialised `base + k` would be pointer arithmetic, which the
 * kernel refuses on a context or socket pointer (`dereference of modified ctx ptr`, `pointer
 * arithmetic on sock_common prohibited`). Only over a base that keeps its value: a register no
 * variable lives in (a value computed once), or one whose variable is never assigned.
 * Otherwise the local gets its home and the value computed here is stored there.
 */
export function bindsAddress(L: Lowerer, sym: VarSym, init: LocalInit): boolean {
  const st = init.stores[0];
  if (sym.storage !== "local" || sym.type.kind !== "ptr" || sym.addressTaken) return false;
  if (init.stores.length !== 1 || st.offset !== 0 || st.member?.bitWidth !== undefined) return false;
  const bodies = [L.fn.sym, ...L.inlineStack];
  if (assignedVars(bodies[bodies.length - 1]).has(sym.id)) return false;
  const v = L.linked(L.testedVars.has(sym.id), () => rv(L, st.value));
  if (v.k === "addr" && stableBase(L, v.base, bodies)) {
    L.bound.set(sym.id, v);
    const scope: Insn[] = [];
    L.fn.vars.push({ name: sym.name, type: sym.type, where: { vreg: v.base, add: v.off }, scope });
    L.blockScopes[L.blockScopes.length - 1]?.push({ scope, block: L.cur, at: L.cur.insns.length, blocks: L.fn.blocks.length });
    return true;
  }
  const h = L.declare(sym);
  if (h.k !== "reg") throw new CodegenError("internal", `pointer local '${sym.name}' has no register`, sym.loc);
  L.store({ k: "reg", v: h.v, type: sym.type }, v);
  return true;
}

/** Fills each bound local's scope with the instructions lowered from its declaration to here. */
export function closeScopes(L: Lowerer, open: readonly { scope: Insn[]; block: Block; at: number; blocks: number }[]): void {
  for (const o of open) {
    o.scope.push(...o.block.insns.slice(o.at));
    for (let k = o.blocks; k < L.fn.blocks.length; k++) if (L.fn.blocks[k] !== o.block) o.scope.push(...L.fn.blocks[k].insns);
  }
}

/** Whether register r holds the same value wherever a local bound to an address on it is used. */
function stableBase(L: Lowerer, r: number, bodies: readonly FuncSym[]): boolean {
  // (a stack address is better computed once: fp + k is no pointer arithmetic the kernel refuses,
  // and a loop would otherwise compute it again at every use)
  if (r === R10) return false;
  for (const [id, h] of L.homes) if (h.k === "reg" && h.v === r) return !bodies.some((f) => assignedVars(f).has(id));
  return true;
}
