/**
 * Opening a personal quiz link: the token's hash finds the link, whose state says whether it can still
 * start an attempt. Shared by POST /api/quiz-links/resolve (what the quiz page shows) and POST
 * /api/attempts (which takes the identity from it).
 */
import { tokenHash } from '../auth/tokens';
import { linkState } from '../domain/quiz-link';
import { findLinkByTokenHash, type ResolvedLink } from '../storage/quiz-links';
import { ApiProblem } from '../api/problem';

const refusal = {
  expired: 'detail.linkExpired',
  used: 'detail.linkUsed',
  replaced: 'detail.linkReplaced',
  memberLeft: 'detail.linkMemberLeft',
} as const;

/**
 * The usable link a token opens.
 * @throws ApiProblem 404 for an unknown token, 410 naming why a known one no longer works.
 */
export async function usableLink(db: D1Database, token: string, now = new Date()): Promise<ResolvedLink> {
  const link = await findLinkByTokenHash(db, await tokenHash(token));
  if (!link) throw new ApiProblem(404, 'detail.linkNotFound');
  const state = linkState(link, now);
  if (state !== 'usable') throw new ApiProblem(410, refusal[state]);
  return link;
}
