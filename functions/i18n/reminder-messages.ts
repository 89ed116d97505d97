/** Messages of the reminders API (issue 13), in Indonesian and English; spread into messages.ts. */
export const reminderMessages = {
  'field.remindersTooMany': {
    id: 'Paling banyak 500 NIP per pengiriman. Kirim sisanya dalam pengiriman berikutnya.',
    en: 'At most 500 NIPs per send. Send the rest in another request.',
  },
} as const;
