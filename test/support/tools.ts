// Finds the reference tools (LLVM 14, clang) and says clearly when one is missing.
import { execFileSync } from "node:child_process";
import { skipOrFail } from "./skip.ts";

function works(cmd: string): boolean {
  try {
    execFileSync(cmd, ["--version"], { stdio: "pipe" });
    return true;
  } catch {
    return false;
  }
}

/** The first of the candidates that runs, or undefined with a SKIP note. */
export function tool(envVar: string, candidates: string[]): string | undefined {
  const fromEnv = process.env[envVar];
  for (const c of fromEnv ? [fromEnv] : candidates) if (works(c)) return c;
  skipOrFail(`none of ${(fromEnv ? [fromEnv] : candidates).join(", ")} runs (install llvm-14, or set ${envVar})`);
  return undefined;
}
