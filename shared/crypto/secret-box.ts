import { base64ToBytes, bytesToBase64, randomBytes } from "./encoding";

/**
 * Encrypts tenant secrets (provider tokens, webhook secrets) with AES-256-GCM.
 * Output: `v1.<iv>.<ciphertext>` in base64. The associated data binds a ciphertext
 * to its owner (e.g. `tenant:ten_x:stripe`), so a value copied to another tenant's row fails to open.
 */
export async function sealSecret(keyBase64: string, plaintext: string, associatedData: string): Promise<string> {
  const key = await importKey(keyBase64);
  const iv = randomBytes(12);
  const ciphertext = await crypto.subtle.encrypt(
    { name: "AES-GCM", iv, additionalData: new TextEncoder().encode(associatedData) },
    key,
    new TextEncoder().encode(plaintext),
  );
  return `v1.${bytesToBase64(iv)}.${bytesToBase64(new Uint8Array(ciphertext))}`;
}

export async function openSecret(keyBase64: string, sealed: string, associatedData: string): Promise<string> {
  const [version, ivText, dataText] = sealed.split(".");
  if (version !== "v1" || !ivText || !dataText) throw new Error("unrecognised sealed secret");
  const key = await importKey(keyBase64);
  const plaintext = await crypto.subtle.decrypt(
    { name: "AES-GCM", iv: base64ToBytes(ivText), additionalData: new TextEncoder().encode(associatedData) },
    key,
    base64ToBytes(dataText),
  );
  return new TextDecoder().decode(plaintext);
}

const keyCache = new Map<string, Promise<CryptoKey>>();

function importKey(keyBase64: string): Promise<CryptoKey> {
  let key = keyCache.get(keyBase64);
  if (!key) {
    key = crypto.subtle.importKey("raw", base64ToBytes(keyBase64), "AES-GCM", false, ["encrypt", "decrypt"]);
    keyCache.set(keyBase64, key);
  }
  return key;
}
