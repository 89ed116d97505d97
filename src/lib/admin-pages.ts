/**
 * The data behind the admin pages that exist once per language (Astro routes by file, so `/admin/belum-lulus`
 * and `/en/admin/pending` are two files); each twin file only names its language and renders what this loads.
 * Everything is read through the API as the visitor (admin-api.ts).
 */
import type { AstroGlobal } from 'astro';
import { env } from 'cloudflare:workers';
import { siteOrigin } from '../../functions/certificates/urls';
import type { Me } from '../../functions/schemas/accounts';
import type { Locale } from '../../functions/schemas/content';
import type { CycleList } from '../../functions/schemas/cycles';
import type { Pending } from '../../functions/schemas/report';
import type { ImportPreview } from '../../functions/schemas/roster';
import { ADMIN_PATHS } from '../i18n/admin';
import { ROUTES } from './routes';
import { adminGet, currentUser, privatePage } from './admin-api';

/** What a page renders, or where the visitor is sent instead (303). */
type Loaded<Props> = { props: Props } | { redirect: string };

/** The signed-in visitor of a private page, or where to send them: sign-in, or (for agency pages) the overview. */
async function visitor(astro: AstroGlobal, lang: Locale, agencyOnly: boolean): Promise<Loaded<Me>> {
  privatePage(astro);
  const me = await currentUser(astro, lang);
  if (!me) return { redirect: ADMIN_PATHS.login[lang] };
  if (agencyOnly && !me.agency) return { redirect: ADMIN_PATHS.home[lang] };
  return { props: me };
}

/** The pending list: ?unitId= to filter, ?after= for the next page (the API's keyset cursor), ?cycle= another cycle. */
export async function loadPendingPage(astro: AstroGlobal, lang: Locale) {
  const who = await visitor(astro, lang, true);
  if ('redirect' in who) return who;
  const params = astro.url.searchParams;
  const unit = params.get('unitId');
  const unitId = unit && /^\d{1,12}$/.test(unit) ? Number(unit) : null;
  const query = new URLSearchParams();
  if (unitId !== null) query.set('unitId', String(unitId));
  for (const name of ['after', 'cycle']) if (params.get(name)) query.set(name, params.get(name)!);
  const [res, cyclesRes] = await Promise.all([
    adminGet(astro, `/api/admin/pending?${query}`, lang),
    adminGet(astro, '/api/admin/cycles', lang),
  ]);
  const cycles = cyclesRes.status === 200 ? ((await cyclesRes.json()) as CycleList).cycles : null;
  const pending = res.status === 200 ? ((await res.json()) as Pending) : null;
  if (!pending) astro.response.status = res.status === 400 || res.status === 404 ? res.status : 403;
  // The public quiz page for the group message (never a personal link), from the configured origin.
  const quizUrl = `${siteOrigin(env)}${ROUTES.quiz.id}`;
  return { props: { lang, me: who.props, pending, unitId, firstPage: !params.get('after'), cycles, quizUrl } };
}

/** The roster page: ?import=ID shows that upload's preview, ?applied=ID / ?discarded=1 what was done. */
export async function loadRosterPage(astro: AstroGlobal, lang: Locale) {
  const who = await visitor(astro, lang, true);
  if ('redirect' in who) return who;
  const importOf = async (id: string | null) => {
    if (!id || !/^\d{1,12}$/.test(id)) return null;
    const res = await adminGet(astro, `/api/admin/roster/imports/${id}`, lang);
    return res.status === 200 ? ((await res.json()) as ImportPreview) : null;
  };
  const params = astro.url.searchParams;
  const preview = await importOf(params.get('import'));
  const applied = await importOf(params.get('applied'));
  const done =
    applied?.import.status === 'applied'
      ? { kind: 'applied' as const, preview: applied }
      : params.has('discarded')
        ? { kind: 'discarded' as const }
        : null;
  return { props: { lang, me: who.props, preview, done } };
}

/** The election cycles (every signed-in role may read them; only a super admin changes them). */
export async function loadCyclesPage(astro: AstroGlobal, lang: Locale) {
  const who = await visitor(astro, lang, false);
  if ('redirect' in who) return who;
  const res = await adminGet(astro, '/api/admin/cycles', lang);
  const cycles = res.status === 200 ? ((await res.json()) as CycleList).cycles : [];
  return { props: { lang, me: who.props, cycles } };
}
