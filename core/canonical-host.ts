// The host name a signature is computed over: the Host header without its port (SDKs sign the bare name).

/** `host:port` → `host`; `[::1]:8080` → `[::1]`; a value without a port is returned trimmed (case kept: the signature covers it). */
export function canonicalHost(hostHeader: string): string {
  const value = hostHeader.trim();
  if (value.startsWith('[')) {
    const end = value.indexOf(']');
    return end === -1 ? value : value.slice(0, end + 1);
  }
  const colon = value.lastIndexOf(':');
  if (colon === -1 || value.indexOf(':') !== colon) return value;
  return /^\d*$/.test(value.slice(colon + 1)) ? value.slice(0, colon) : value;
}
