// The kernel struct table vmlinux.h is printed from lives in isa (shared with events/kernel).
export * from "../../isa/kernel_structs.ts";
