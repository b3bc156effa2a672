; about: the upper half of bytes_received passes the access check but the kernel cannot rewrite the load
; type: sched_cls

  r1 = *(u64 *)(r1 + 168)
  if r1 == 0 goto out
  call bpf_tcp_sock
  if r0 == 0 goto out
  r2 = *(u32 *)(r0 + 84)
out:
  r0 = 0
  exit
