import { describe, expect, it } from 'vitest';
import { nameError, normalizeName } from '../../functions/domain/name';
import { participantSchema } from '../../functions/schemas/api';

describe('participant names', () => {
  it('normalises spacing and typographic apostrophes', () => {
    expect(normalizeName('  Siti   Nur’aini  ')).toBe("Siti Nur'aini");
  });

  it.each(['Ni Luh Putu Ayu', "Andi Muh. Fadhil D'Silva-Kusuma", 'Dr. Asep, S.Pd.', 'Zoë Ñúñez', 'Сергей', 'Wayan'])('accepts %s', (name) => {
    expect(nameError(normalizeName(name))).toBeNull();
  });

  it.each([
    ['A', 'name.tooShort'],
    ['x'.repeat(101), 'name.tooLong'],
    ['<script>alert(1)</script>', 'name.characters'],
    ['Budi 123', 'name.characters'],
    ['Budi_Santoso', 'name.characters'],
    ['.-', 'name.characters'],
    ['Budi\u0000', 'name.characters'],
  ])('rejects %s with %s', (name, error) => {
    expect(nameError(normalizeName(name))).toBe(error);
  });

  it('stores the normalised name through the shared schema', () => {
    const parsed = participantSchema.parse({ nip: '198503152010121001', name: '  Budi   Santoso ', agencyId: 'kab-34.02', unit: '  ' });
    expect(parsed).toEqual({ nip: '198503152010121001', name: 'Budi Santoso', agencyId: 'kab-34.02', unit: undefined });
  });
});
