// What the tests that hold bpfplay's verifier to the kernel's on C objects share: whether this
// machine can build and load them, and one source built, loaded by libbpf and read back.
import { readObject } from "../../src/core/elf/read.ts";
import type { Program } from "../../src/core/program.ts";
import { kernelAvailable } from "../kernel/reference.ts";
import { skipOrFail } from "../support/skip.ts";
import { buildOne, clangAvailable } from "./build.ts";
import type { Built } from "./build.ts";
import { bpftoolAvailable, loadAll, unpin } from "./libbpf.ts";
import type { LoadAll } from "./libbpf.ts";

/** Whether clang-19, bpftool and the kernel's bpf() are here; if not, the test named `what` is skipped (fails under CI). */
export function objectsReady(what: string): boolean {
  const clang = clangAvailable();
  const tool = clang.ok ? bpftoolAvailable() : clang;
  const kernel = tool.ok ? kernelAvailable() : tool;
  if (!kernel.ok) skipOrFail(`${what}: ${kernel.reason}`);
  return kernel.ok;
}

/**
 * Source `f` of test/elf/progs built with -g for `cpu` (clang's default when undefined), loaded by
 * `bpftool -d prog loadall` (its pins removed), and read back by bpfplay; a libbpf that refuses
 * the object as a whole fails the test.
 */
export function builtAndLoaded(f: string, dir: string, cpu: string | undefined): { built: Built; theirs: Exclude<LoadAll, { kind: "object" }>; programs: readonly Program[] } {
  const built = buildOne(f, true, dir, cpu);
  const theirs = loadAll(built.path, built.name);
  unpin(theirs);
  if (theirs.kind === "object") throw new Error(`libbpf refused ${f}`);
  const read = readObject(built.bytes);
  if (!read.ok) throw new Error(`${f}: ${read.error.message}`);
  return { built, theirs, programs: read.object.programs };
}
