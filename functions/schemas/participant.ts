/**
 * The participant who starts a quiz, as the API accepts it. Each schema *outputs* the canonical value
 * (the NIP's 18 digits, NFC text with spaces folded), so what is stored, masked, signed and later
 * joined to a roster is one form per person, whatever separators or spacing they typed.
 *
 * Messages are keys of functions/i18n/messages.ts, rendered in the request's language.
 */
import { z } from 'zod';
import { parseNip } from '../domain/nip';
import { normalizeName, participantNameError, unitError } from '../domain/name';
import type { MessageKey } from '../i18n/messages';

export const nipSchema = z
  .string({ error: 'nip.required' })
  .transform((value, ctx) => {
    const result = parseNip(value);
    if (result.ok) return result.value.nip;
    ctx.addIssue({ code: 'custom', message: result.error satisfies MessageKey });
    return z.NEVER;
  })
  .describe('18 digits; ASCII spaces, dots and dashes between the groups are accepted and dropped');

export const nameSchema = z
  .string({ error: 'name.required' })
  .transform(normalizeName)
  .superRefine((value, ctx) => {
    const error = participantNameError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error satisfies MessageKey });
  });

const unitSchema = z
  .string()
  .transform(normalizeName)
  .superRefine((value, ctx) => {
    const error = unitError(value);
    if (error) ctx.addIssue({ code: 'custom', message: error satisfies MessageKey });
  })
  .optional()
  .transform((v) => (v ? v : undefined));

// 100, not less: the longest stored id (a coordinating ministry's, fixed since 0002) has 88 characters.
export const agencyIdSchema = z
  .string({ error: 'agency.required' })
  .regex(/^[a-z]+-[a-z0-9.-]+$/, { error: 'agency.unknown' })
  .max(100, { error: 'agency.unknown' });

export const participantSchema = z.object({
  nip: nipSchema,
  name: nameSchema,
  agencyId: agencyIdSchema,
  unit: unitSchema,
});
export type Participant = z.infer<typeof participantSchema>;
