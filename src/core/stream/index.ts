// Running a program over a stream of events (src/core/events/stream: the events, the generator,
// the summary) with one map set: the layer above events and the VM, as the CLI and the worker use it.

export { mapsAfter, StreamRunner } from "./runner.ts";
export type { EventFault, EventResult, StreamOptions } from "./runner.ts";
export * from "../events/stream/index.ts";
