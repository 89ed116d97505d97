// The roster journey on a phone: HR signs in, uploads a staff list, makes a personal quiz link; the
// member opens it, sees their roster identity (not editable) and passes; the pending list shrinks and
// the certificate shows as roster-confirmed on the report and the verify page. Each admin page passes
// axe in light and dark mode and fits 360 px (data tables scroll in their own region), with no chart script.
import { expectAdminPageOk } from './axe-support';
import { expect, test } from '@playwright/test';
import { answerAll, labels } from './quiz-support';

const HR = { email: 'hr@bantul.example.id', password: 'demo-hr-bantul-2026' };

/** A valid NIP unique to this run (the local D1 keeps earlier runs' rosters). */
function runNip(offset: number): string {
  const day = new Date(Date.UTC(1970, 0, 1) + ((Date.now() / 1000 + offset * 997) % 9000) * 86_400_000);
  const birth = day.toISOString().slice(0, 10).replaceAll('-', '');
  return `${birth}${day.getUTCFullYear() + 25}0${(offset % 9) + 1}${(offset % 2) + 1}${String(100 + offset).padStart(3, '0')}`;
}

test('HR uploads a roster, a member passes through their personal link, and the report shows it', async ({ page, browser }) => {
  test.setTimeout(180_000);
  const siti = { nip: runNip(1), name: 'Siti Rahayu Uji', unit: 'Dinas Pendidikan' };
  const budi = { nip: runNip(2), name: 'Budi Santoso Uji', unit: 'Dinas Kesehatan' };
  const roster = [
    'NIP;Nama;Unit Kerja;Email',
    `${siti.nip};${siti.name};${siti.unit};`,
    `${budi.nip};${budi.name};${budi.unit};budi@contoh.go.id`,
    '1,98503E+17;Excel Rusak;Dinas Kesehatan;',
  ].join('\r\n');

  // HR signs in with the demo account.
  await page.goto('/admin/masuk');
  await page.getByLabel('Email').fill(HR.email);
  await page.getByLabel('Kata sandi').fill(HR.password);
  await page.getByRole('button', { name: 'Masuk' }).click();
  await expect(page).toHaveURL(/\/admin$/);

  // Upload the staff list from the roster page.
  await page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Daftar pegawai' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Daftar pegawai' })).toBeVisible();
  await page.getByLabel('Berkas CSV').setInputFiles({ name: 'pegawai.csv', mimeType: 'text/csv', buffer: Buffer.from(`\uFEFF${roster}`) });
  await page.getByRole('button', { name: 'Periksa berkas' }).click();

  // The preview: two to add, the Excel-damaged line refused with its reason; nothing changed yet.
  await expect(page.getByRole('heading', { name: 'Pratinjau unggahan' })).toBeVisible();
  const figures = page.locator('#preview dl.figures');
  await expect(figures.locator('div', { hasText: 'Baris valid' }).locator('dd')).toHaveText('2');
  await expect(figures.locator('div', { hasText: 'Akan ditambahkan' }).locator('dd')).toHaveText('2');
  await expect(page.getByRole('row', { name: /1,98503E\+17/ })).toContainText('rusak oleh Excel');
  await expectAdminPageOk(page);

  // Earlier runs' members are not in this file: confirm marking them as left when asked, then apply.
  const confirm = page.getByRole('checkbox');
  if (await confirm.count()) await confirm.check();
  await page.getByRole('button', { name: 'Terapkan daftar ini' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Daftar pegawai diperbarui: 2 ditambahkan' })).toBeVisible();

  // The pending list: both members; make Siti's personal link.
  await page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Belum lulus' }).click();
  await expect(page.getByText('2 pegawai belum lulus.')).toBeVisible();
  await expectAdminPageOk(page);
  // A message for the unit's WhatsApp group: the count and the public quiz page, no one's name or NIP.
  const groupText = await page.getByLabel('Pesan (bisa diubah setelah disalin)').inputValue();
  expect(groupText).toContain('Masih ada 2 pegawai Pemerintah Kabupaten Bantul yang belum lulus');
  expect(groupText).toMatch(/ di http:\/\/[^ ]+\/kuis /);
  expect(groupText).not.toContain(siti.name);
  expect(groupText).not.toMatch(/\d{18}/);
  await expect(page.getByRole('link', { name: 'Bagikan lewat WhatsApp' })).toHaveAttribute(
    'href',
    `https://wa.me/?text=${encodeURIComponent(groupText)}`,
  );
  // Reminders: the test server has no EMAIL binding, so the form offers the mail-merge CSV instead.
  await page.getByRole('button', { name: 'Kirim pengingat' }).click();
  await expect(page.getByText(/Email belum dikonfigurasi di server ini/)).toBeVisible();
  const csvLink = page.getByRole('link', { name: 'Unduh CSV tautan (mail merge)' });
  await expect(csvLink).toHaveAttribute('href', /\/api\/admin\/roster\/links\.csv\?pending=true/);
  await expectAdminPageOk(page);
  await page.getByRole('button', { name: `Buat tautan kuis pribadi untuk ${siti.name}` }).click();
  const link = page.getByRole('row', { name: new RegExp(siti.name) }).getByRole('link', { name: /\/kuis#t=/ });
  await expect(link).toBeVisible();
  const url = (await link.getAttribute('href'))!;
  expect(url).toMatch(/\/kuis#t=[A-Za-z0-9_-]{22}$/);

  // The member opens the link on their own phone: their identity comes from the roster, with nothing to type.
  const member = await browser.newPage({ viewport: { width: 360, height: 740 } });
  await member.goto(new URL(url).pathname + new URL(url).hash);
  await expect(member.getByText(siti.name, { exact: true })).toBeVisible();
  await expect(member.getByText('Pemerintah Kabupaten Bantul', { exact: true })).toBeVisible();
  await expect(member.getByLabel(labels.id.nip)).toBeHidden();
  expect(member.url()).not.toContain('#t='); // the token left the address bar
  await member.getByRole('button', { name: labels.id.start }).click();
  await answerAll(member, 'id', 10);
  await member.getByRole('button', { name: labels.id.submit }).click();
  await expect(member.getByText(/Selamat, Anda lulus/)).toBeVisible();
  await member.getByRole('link', { name: 'Buka halaman verifikasi sertifikat' }).click();
  await expect(member.getByRole('heading', { name: /Sertifikat sah/ })).toBeVisible();
  await expect(member.getByText('Dikonfirmasi daftar pegawai instansi (kuis dari tautan pribadi)')).toBeVisible();
  await expect(member.getByText(/diambil dari daftar pegawai yang diunggah instansi/)).toBeVisible();
  await expect(member.getByText(/diisi sendiri oleh peserta/)).toHaveCount(0);
  await member.close();

  // Back with HR: the pending list shrank, and the report counts a roster-confirmed certificate.
  await page.reload();
  await expect(page.getByText('1 pegawai belum lulus.')).toBeVisible();
  await expect(page.getByRole('row', { name: new RegExp(siti.name) })).toHaveCount(0);
  await page.getByRole('navigation', { name: 'Menu dasbor' }).getByRole('link', { name: 'Ringkasan' }).click();
  const recent = page.getByRole('region', { name: 'Sertifikat terbaru' });
  await expect(recent.getByRole('row', { name: new RegExp(siti.name) })).toContainText('Dikonfirmasi daftar pegawai');
  await expect(page.locator('dl.figures div', { hasText: 'Pegawai di daftar' }).locator('dd')).toHaveText('2');
  await expect(page.getByText(/^1 lewat tautan pribadi/)).toBeVisible();
  // Charts are SVG with their numbers in a table beside; the page ships no chart script.
  await expect(page.getByRole('img', { name: /Penyelesaian per unit kerja/ })).toBeVisible();
  const scripts = await page.evaluate(() => [...document.scripts].map((s) => s.src));
  expect(scripts.every((src) => !/chart/i.test(src))).toBe(true);
  await expectAdminPageOk(page);

  // The English twins show the same data in English.
  for (const [path, heading] of [
    ['/en/admin', 'Completion report'],
    ['/en/admin/roster', 'Staff roster'],
    ['/en/admin/pending', 'Not passed yet'],
  ] as const) {
    await page.goto(path);
    await expect(page.getByRole('heading', { name: heading })).toBeVisible();
    await expectAdminPageOk(page);
  }
  await expect(page.getByText('1 staff have not passed yet.')).toBeVisible();
});
