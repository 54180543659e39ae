/**
 * The client's address behind `hops` trusted proxies. Each proxy appends the address it saw to
 * X-Forwarded-For, so the entries a client wrote itself stand on the left and only the last `hops` were
 * written by proxies we trust: the client is the entry just left of those, counted from the right. With
 * fewer entries than that the header was not written by our proxies, and the socket's address stands.
 */
export function clientAddress(
  forwardedFor: string | undefined,
  hops: number,
  socketAddress: string | undefined,
): string | undefined {
  if (!forwardedFor) return socketAddress;
  const entries = forwardedFor
    .split(",")
    .map((e) => e.trim())
    .filter(Boolean);
  return entries.length >= hops ? entries[entries.length - hops] : socketAddress;
}
