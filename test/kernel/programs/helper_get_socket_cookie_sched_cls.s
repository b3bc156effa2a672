; about: bpf_get_socket_cookie of the socket BPF_PROG_TEST_RUN hangs on the skb: the same on a second call (bit 0 of r0), not 0 (bit 1); the number itself differs from boot to boot
; type: sched_cls
; packet: 020000000002 020000000001 0800 4500002e000100004011f96ac0a80001c0a80002 30390035001a8629 68656c6c6f2c20627066706c617921210001

  r6 = r1
  call bpf_get_socket_cookie
  r7 = r0
  r1 = r6
  call bpf_get_socket_cookie
  r8 = r0
  r0 = 0
  if r7 != r8 goto nz
  r0 |= 1
nz:
  if r7 == 0 goto out
  r0 |= 2
out:
  exit
