import { z } from 'zod';
import { textField } from './text-field';

export const roles = ['admin', 'user'] as const; // administraator, kasutaja
export const roleSchema = z.enum(roles);
export type Role = z.infer<typeof roleSchema>;

const email = z.string().trim().toLowerCase().pipe(z.email().max(200));
const name = textField(100, { required: true });
const password = z.string().min(8).max(200);

export const loginSchema = z.strictObject({
  email: textField(200, { required: true }).toLowerCase(),
  password: z.string().min(1).max(200),
});
export type LoginInput = z.infer<typeof loginSchema>;

const passwordTwice = { password, passwordRepeat: z.string() };
const samePasswords: [
  (value: { password: string; passwordRepeat: string }) => boolean,
  { message: string; path: string[] },
] = [(value) => value.password === value.passwordRepeat, { message: 'passwordsDiffer', path: ['passwordRepeat'] }];

export const firstAdminSchema = z.strictObject({ name, email, ...passwordTwice }).refine(...samePasswords);
export type FirstAdminInput = z.input<typeof firstAdminSchema>;

export const userSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  email: z.string(),
  role: roleSchema,
  active: z.boolean(),
  createdAt: z.string(),
});
export type User = z.infer<typeof userSchema>;

export const sessionUserSchema = userSchema.pick({ id: true, name: true, email: true, role: true });
export type SessionUser = z.infer<typeof sessionUserSchema>;

export const setupStatusSchema = z.object({
  /** No user exists yet: the first administrator must be created. */
  needsSetup: z.boolean(),
  /** This request may create it (it comes from the machine itself). */
  setupAllowed: z.boolean(),
});
export type SetupStatus = z.infer<typeof setupStatusSchema>;

export const createUserSchema = z
  .strictObject({ name, email, role: roleSchema, ...passwordTwice })
  .refine(...samePasswords);
export type CreateUserInput = z.input<typeof createUserSchema>;

export const updateUserSchema = z.strictObject({
  role: roleSchema.optional(),
  active: z.boolean().optional(),
  name: name.optional(),
});
export type UpdateUserInput = z.infer<typeof updateUserSchema>;

export const resetPasswordSchema = z.strictObject(passwordTwice).refine(...samePasswords);
export type ResetPasswordInput = z.input<typeof resetPasswordSchema>;

/** A signed-in user's own new password: the current one proves it is them, not someone at an unlocked screen. */
export const changeOwnPasswordSchema = z
  .strictObject({ currentPassword: z.string().min(1).max(200), ...passwordTwice })
  .refine(...samePasswords)
  .refine((value) => value.password !== value.currentPassword, {
    message: 'passwordUnchanged',
    path: ['password'],
  });
export type ChangeOwnPasswordInput = z.input<typeof changeOwnPasswordSchema>;

export const userParamsSchema = z.object({ id: z.coerce.number().int().positive() });
