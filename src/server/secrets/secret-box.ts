import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

declare module 'fastify' {
  interface FastifyInstance {
    /** Seals and opens the secrets the app stores (the Smaily password), with the key of this installation. */
    secrets: SecretBox;
  }
}

/** AES-256-GCM with a random 96-bit IV per value; the purpose is bound as associated data. */
export interface SecretBox {
  /** `v1.<iv>.<tag>.<ciphertext>` in base64url: one column holds everything needed to open it. */
  seal(plaintext: string, purpose: string): string;
  /** The plaintext, or null when this key cannot open the value (another key, a changed byte, another purpose). */
  open(sealed: string, purpose: string): string | null;
}

const VERSION = 'v1';
const IV_BYTES = 12;
const TAG_BYTES = 16;
export const SECRET_KEY_BYTES = 32;

export function createSecretBox(key: Buffer): SecretBox {
  if (key.length !== SECRET_KEY_BYTES) throw new RangeError(`The secret key must be ${SECRET_KEY_BYTES} bytes`);
  return {
    seal(plaintext, purpose) {
      const iv = randomBytes(IV_BYTES);
      const cipher = createCipheriv('aes-256-gcm', key, iv, { authTagLength: TAG_BYTES });
      cipher.setAAD(Buffer.from(purpose, 'utf8'));
      const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return [VERSION, ...[iv, cipher.getAuthTag(), ciphertext].map((part) => part.toString('base64url'))].join('.');
    },
    open(sealed, purpose) {
      const [version, iv, tag, ciphertext, ...rest] = sealed.split('.');
      if (version !== VERSION || iv === undefined || tag === undefined || ciphertext === undefined || rest.length > 0)
        return null;
      const ivBytes = Buffer.from(iv, 'base64url');
      const tagBytes = Buffer.from(tag, 'base64url');
      if (ivBytes.length !== IV_BYTES || tagBytes.length !== TAG_BYTES) return null;
      try {
        const decipher = createDecipheriv('aes-256-gcm', key, ivBytes, { authTagLength: TAG_BYTES });
        decipher.setAAD(Buffer.from(purpose, 'utf8'));
        decipher.setAuthTag(tagBytes);
        return Buffer.concat([decipher.update(Buffer.from(ciphertext, 'base64url')), decipher.final()]).toString(
          'utf8',
        );
      } catch {
        // GCM's tag check failed: the value was sealed with another key or has been changed.
        return null;
      }
    },
  };
}
