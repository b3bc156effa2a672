// What a pane says when it has nothing to show yet.

export function Empty({ children }: { readonly children: string }) {
  return <p className="empty">{children}</p>;
}
