/**
 * The public API's shapes, re-exported in one place for existing importers. The participant's fields
 * (NIP, name, agency, unit) live in participant.ts; the other shapes per resource beside this file
 * (attempts.ts, certificates.ts, agencies.ts, problem.ts).
 *
 * Validation messages are message keys (see functions/i18n/messages.ts), turned into Indonesian or
 * English text when the error is rendered, so one schema serves both languages.
 */
export { nameSchema, nipSchema } from './participant';

export type { Agency } from './agencies';
export type { StartAttemptResponse, SubmitResponse } from './attempts';
export type { CertificateView } from './certificates';
export type { Problem } from './problem';
