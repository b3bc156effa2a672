#!/usr/bin/env python3
"""The kernel's verdict on attaching tracepoint programs: BPF_PROG_LOAD as BPF_PROG_TYPE_TRACEPOINT,
then perf_event_open on the tracepoint and PERF_EVENT_IOC_SET_BPF. The verifier checks a
tracepoint program's context reads only against PERF_MAX_TRACE_SIZE; the tracepoint's own record
size is checked when the program is attached (EACCES past its last field).

Reads a JSON list of {"tracepoint": "syscalls/sys_enter_openat", "insns_hex": "..."} on stdin,
prints a JSON list of {"load_errno", "attach_errno", "log"} (0 for success). Needs root.
"""
import ctypes
import json
import os
import sys

libc = ctypes.CDLL(None, use_errno=True)
libc.syscall.restype = ctypes.c_long
SYS_BPF, SYS_PERF_EVENT_OPEN = 321, 298
PROG_LOAD, TRACEPOINT = 5, 5
PERF_TYPE_TRACEPOINT = 2
PERF_EVENT_IOC_SET_BPF = 0x40042408
TRACEFS = os.environ.get("TRACEFS", "/sys/kernel/tracing")


def load(insns: bytes):
    log = ctypes.create_string_buffer(1 << 16)
    code = ctypes.create_string_buffer(insns, len(insns))
    lic = ctypes.create_string_buffer(b"GPL")
    attr = ctypes.create_string_buffer(144)
    # prog_type, insn_cnt, insns, license, log_level, log_size, log_buf
    ctypes.memmove(attr, (ctypes.c_uint32 * 2)(TRACEPOINT, len(insns) // 8), 8)
    ctypes.memmove(ctypes.byref(attr, 8), (ctypes.c_uint64 * 2)(ctypes.addressof(code), ctypes.addressof(lic)), 16)
    ctypes.memmove(ctypes.byref(attr, 24), (ctypes.c_uint32 * 2)(1, len(log)), 8)
    ctypes.memmove(ctypes.byref(attr, 32), (ctypes.c_uint64 * 1)(ctypes.addressof(log)), 8)
    fd = libc.syscall(SYS_BPF, PROG_LOAD, attr, 144)
    return (fd, 0 if fd >= 0 else ctypes.get_errno(), log.value.decode(errors="replace"))


def attach(prog_fd: int, tracepoint: str) -> int:
    with open(f"{TRACEFS}/events/{tracepoint}/id") as f:
        tp_id = int(f.read())
    attr = ctypes.create_string_buffer(128)
    # type, size, config, sample_period
    ctypes.memmove(attr, (ctypes.c_uint32 * 2)(PERF_TYPE_TRACEPOINT, 128), 8)
    ctypes.memmove(ctypes.byref(attr, 8), (ctypes.c_uint64 * 2)(tp_id, 1), 16)
    pfd = libc.syscall(SYS_PERF_EVENT_OPEN, attr, -1, 0, -1, 0)
    if pfd < 0:
        return -ctypes.get_errno()  # negative: perf_event_open itself failed
    try:
        r = libc.ioctl(pfd, PERF_EVENT_IOC_SET_BPF, prog_fd)
        return 0 if r == 0 else ctypes.get_errno()
    finally:
        os.close(pfd)


def main():
    replies = []
    for req in json.load(sys.stdin):
        fd, err, log = load(bytes.fromhex(req["insns_hex"]))
        if fd < 0:
            replies.append({"load_errno": err, "attach_errno": None, "log": log})
            continue
        try:
            replies.append({"load_errno": 0, "attach_errno": attach(fd, req["tracepoint"]), "log": log})
        finally:
            os.close(fd)
    print(json.dumps(replies))


main()
