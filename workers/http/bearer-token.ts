/** The token of an `Authorization: Bearer <token>` header; null when the header is absent or of another scheme. */
export function bearerToken(header: string | undefined): string | null {
  const match = header?.match(/^Bearer\s+(\S+)$/i);
  return match?.[1] ?? null;
}
