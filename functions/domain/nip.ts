/**
 * NIP (Nomor Induk Pegawai) parsing. Pure: no I/O, safe to ship to the browser.
 *
 * A PNS NIP is 18 digits: birth date YYYYMMDD, TMT (start of service) YYYYMM, gender 1 (male) or
 * 2 (female), then a 3-digit sequence. A PPPK's NI PPPK has the same shape but carries the code 21
 * where the TMT month would be (YYYY + "21"), so that is accepted as a PPPK number.
 *
 * People type NIPs grouped ("19850315 201012 1 001", "19850315.201012.1.001"), so ASCII spaces, dots
 * and dashes are accepted as separators and dropped: the parsed `nip` is the canonical 18 digits, the
 * only form that may be stored, masked or signed. Anything else (a Unicode space, a letter, padding)
 * is refused rather than cleaned, so two different inputs never silently become one identity.
 */

export type NipError = 'nip.format' | 'nip.birthDate' | 'nip.tmt' | 'nip.tmtBeforeBirth' | 'nip.gender' | 'nip.sequence';

export interface Nip {
  nip: string;
  birthDate: string; // YYYY-MM-DD
  /** YYYY-MM for a PNS; YYYY for a PPPK (its number carries no month). */
  tmt: string;
  kind: 'pns' | 'pppk';
  gender: 'male' | 'female';
  sequence: string;
}

/**
 * A character no keyboard's digit row produces: a Unicode space or line separator, a control or an
 * invisible format character, usually carried over by copy and paste. Kept apart from `NipError`,
 * whose messages the quiz page mirrors: the page strips white space before it checks, so only an
 * invisible format character (U+200B) reaches it there, and the server's message then shows instead.
 */
export type NipInputError = 'nip.separator';

export type NipResult = { ok: true; value: Nip } | { ok: false; error: NipError | NipInputError };

/** 18 digits, each possibly followed by one separator, is already generous; more is padding. */
const NIP_INPUT_MAX = 36;
const separatorsRe = /[ .-]/g;
const unusualSpaceRe = /[\s\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/u;
const eighteenDigitsRe = /^\d{18}$/;
const pppkCode = '21';
const oldestBirthYear = 1900;

/**
 * Parses a NIP, naming the part that is wrong; `value.nip` is the canonical 18 digits.
 * @example parseNip('19850315 201012 1 001') // { ok: true, value: { nip: '198503152010121001', birthDate: '1985-03-15', tmt: '2010-12', ... } }
 */
export function parseNip(input: string, today: Date = new Date()): NipResult {
  if (input.length > NIP_INPUT_MAX) return { ok: false, error: 'nip.format' };
  const nip = input.replace(separatorsRe, '');
  if (unusualSpaceRe.test(nip)) return { ok: false, error: 'nip.separator' };
  if (!eighteenDigitsRe.test(nip)) return { ok: false, error: 'nip.format' };

  const birthYear = Number(nip.slice(0, 4));
  const birthMonth = Number(nip.slice(4, 6));
  const birthDay = Number(nip.slice(6, 8));
  const birth = new Date(Date.UTC(birthYear, birthMonth - 1, birthDay));
  const isRealDate = birth.getUTCFullYear() === birthYear && birth.getUTCMonth() === birthMonth - 1 && birth.getUTCDate() === birthDay;
  if (!isRealDate || birthYear < oldestBirthYear || birth > today) return { ok: false, error: 'nip.birthDate' };

  const tmtYear = Number(nip.slice(8, 12));
  const tmtMonthText = nip.slice(12, 14);
  const kind = tmtMonthText === pppkCode ? 'pppk' : 'pns';
  const tmtMonth = kind === 'pppk' ? 1 : Number(tmtMonthText);
  if (tmtMonth < 1 || tmtMonth > 12 || tmtYear < oldestBirthYear) return { ok: false, error: 'nip.tmt' };
  const tmtStart = Date.UTC(tmtYear, tmtMonth - 1, 1);
  if (tmtStart > Date.UTC(today.getUTCFullYear() + 1, today.getUTCMonth(), 1)) return { ok: false, error: 'nip.tmt' };
  // A PPPK number gives only the year; compare whole years for it.
  const tmtEnd = kind === 'pppk' ? Date.UTC(tmtYear + 1, 0, 1) : Date.UTC(tmtYear, tmtMonth, 1);
  if (tmtEnd <= birth.getTime()) return { ok: false, error: 'nip.tmtBeforeBirth' };

  const genderDigit = nip[14];
  if (genderDigit !== '1' && genderDigit !== '2') return { ok: false, error: 'nip.gender' };

  const sequence = nip.slice(15, 18);
  if (sequence === '000') return { ok: false, error: 'nip.sequence' };

  return {
    ok: true,
    value: {
      nip,
      birthDate: `${nip.slice(0, 4)}-${nip.slice(4, 6)}-${nip.slice(6, 8)}`,
      tmt: kind === 'pppk' ? String(tmtYear) : `${tmtYear}-${tmtMonthText}`,
      kind,
      gender: genderDigit === '1' ? 'male' : 'female',
      sequence,
    },
  };
}

/**
 * The NIP as shown on public pages: birth date prefix and last two digits, the rest hidden.
 * Expects the canonical 18 digits (`parseNip(...).value.nip`).
 * @example maskNip('198503152010121001') // '198503**********01'
 */
export function maskNip(nip: string): string {
  return `${nip.slice(0, 6)}${'*'.repeat(nip.length - 8)}${nip.slice(-2)}`;
}
