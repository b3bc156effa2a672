// Prose with `code` in backticks, as the explanations are written: the backticked parts render
// as code, the rest as text (never as HTML).

export function InlineCode({ text }: { readonly text: string }) {
  const parts = text.split("`");
  // An unpaired backtick stays a backtick: only complete pairs become code.
  if (parts.length % 2 === 0) return <>{text}</>;
  return <>{parts.map((p, k) => (k % 2 ? <code key={k}>{p}</code> : p))}</>;
}
