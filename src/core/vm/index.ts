export { execute, dumpMaps } from "./execute.ts";
export type { ExecuteOptions, ExecuteResult, InitEntry, MapDump } from "./execute.ts";
export type { RunInput } from "./context.ts";
export type { Fault } from "./memory.ts";
export { DEFAULT_BUDGET, Run } from "./run.ts";
export { createMapSet } from "./mapset.ts";
export { createWorld } from "./world.ts";
