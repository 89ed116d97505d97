/** Shapes of POST /api/admin/reminders: who to remind and what happened. */
import { z } from '@hono/zod-openapi';
import { REMINDER_BATCH } from '../domain/reminders';

export const remindersRequestSchema = z
  .object({
    unitId: z.number({ error: 'field.invalid' }).int().positive().optional(),
    nips: z
      .array(z.string().regex(/^\d{18}$/, { error: 'field.invalid' }), { error: 'field.invalid' })
      .min(1, { error: 'field.invalid' })
      .max(REMINDER_BATCH, { error: 'field.remindersTooMany' })
      .optional()
      .openapi({ description: `Only these pending members (at most ${REMINDER_BATCH})` }),
    dryRun: z
      .boolean({ error: 'field.invalid' })
      .optional()
      .openapi({ description: 'Count who would be emailed and skipped; send and record nothing' }),
  })
  .strict()
  .openapi('SendReminders');

export const remindersResponseSchema = z
  .object({
    mode: z.enum(['email', 'csv']).openapi({
      description:
        '`email`: sent through the EMAIL binding. `csv`: email is not configured here; nothing was sent, and `csvUrl` is the mail-merge CSV of the pending members’ links (missing links were made)',
    }),
    dryRun: z.boolean(),
    sent: z.number().int(),
    failed: z
      .number()
      .int()
      .openapi({ description: 'The binding refused or failed these sends; they were not recorded and may be tried again' }),
    skipped: z.object({
      noEmail: z.number().int().openapi({ description: 'Pending members without an email address on the roster' }),
      remindedThisWeek: z.number().int().openapi({ description: 'Reminded in the last 7 days' }),
    }),
    remaining: z
      .number()
      .int()
      .openapi({ description: `Could be emailed but beyond this request’s ${REMINDER_BATCH}: send again for them` }),
    linksCreated: z.number().int().optional().openapi({ description: 'CSV mode: personal links made for members who had none' }),
    csvUrl: z.string().optional(),
  })
  .openapi('RemindersResult');
export type RemindersResult = z.infer<typeof remindersResponseSchema>;
