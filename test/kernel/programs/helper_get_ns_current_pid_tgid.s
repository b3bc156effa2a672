; about: bpf_get_ns_current_pid_tgid: -EINVAL and a zeroed struct bpf_pidns_info for a size that is not its own and for a namespace that is not the task's (the real one's device and inode differ from machine to machine, so only the refusals are compared)
; type: raw_tracepoint
; ctx: 0100000000000000
; map: out:array:4:32:1

  r9 = map_value[out] + 0 ll
  r1 = -1
  *(u64 *)(r10 - 8) = r1
  r1 = 4
  r2 = 0xeffffffc
  r3 = r10
  r3 += -8
  r4 = 4
  call bpf_get_ns_current_pid_tgid
  *(u64 *)(r9 + 0) = r0         ; -EINVAL: size 4
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 8) = r1         ; the first 4 bytes zeroed
  r1 = 1
  r2 = 2
  r3 = r10
  r3 += -8
  r4 = 8
  call bpf_get_ns_current_pid_tgid
  *(u64 *)(r9 + 16) = r0        ; -EINVAL: no such namespace
  r1 = *(u64 *)(r10 - 8)
  *(u64 *)(r9 + 24) = r1        ; zeroed
  r0 = 0
  exit
