/** The digest of a returned file: two copies of the same file are recognised by it. */
import { sha256Hex } from "../questionnaire-file";

function hex(buffer: ArrayBuffer): string {
  return Array.from(new Uint8Array(buffer), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** SHA-256 of the bytes, hex: Web Crypto where there is one (browsers, Node 20), the pure implementation otherwise. */
export async function digestOf(bytes: Uint8Array): Promise<string> {
  const subtle = (globalThis as { crypto?: { subtle?: SubtleCrypto } }).crypto?.subtle;
  if (subtle) {
    try {
      return hex(await subtle.digest("SHA-256", bytes as Uint8Array<ArrayBuffer>));
    } catch {
      // fall through to the pure implementation
    }
  }
  return sha256Hex(bytes);
}
