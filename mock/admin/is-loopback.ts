// The admin interface answers only local processes: 127.0.0.0/8, ::1 and their IPv4-mapped forms.

/** True when `address` (a socket's remoteAddress) is a loopback address. */
export function isLoopback(address: string | undefined): boolean {
  if (address === undefined) return false;
  const v4 = address.startsWith('::ffff:') ? address.slice(7) : address;
  return address === '::1' || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}
