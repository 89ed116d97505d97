/**
 * Valid, distinct NIPs for synthetic rosters: birth dates walk forward from 1970, TMT 20–30 years
 * later, gender alternating, sequence from the index.
 * @example syntheticNip(0) // '197001012000011001'
 */
export function syntheticNip(index: number): string {
  const birth = new Date(Date.UTC(1970, 0, 1) + (index % 9_000) * 86_400_000);
  const yyyymmdd = birth.toISOString().slice(0, 10).replaceAll('-', '');
  const tmtYear = birth.getUTCFullYear() + 20 + (index % 10);
  const tmtMonth = String((index % 12) + 1).padStart(2, '0');
  const gender = (index % 2) + 1;
  const sequence = String(1 + Math.floor(index / 9_000) + (index % 7) * 100).padStart(3, '0');
  return `${yyyymmdd}${tmtYear}${tmtMonth}${gender}${sequence}`;
}
