// Deliberately simple: Smaily's own rule is unpublished. Tests that need a refusal for an address the app
// accepts use markInvalid instead of relying on where this line is drawn.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@.]{2,}$/u;

export function isValidEmail(email: string): boolean {
  return EMAIL.test(email) && !email.includes('..');
}

export const emailKey = (email: string): string => email.trim().toLowerCase();
