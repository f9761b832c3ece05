/** Plans the end-to-end tests seed through the test hooks. */
export const ROME_ESIM = {
  id: 'plan-rome',
  label: 'Rome eSIM',
  carrierId: 'tim',
  // Noon UTC: the same calendar day in every zone the tests run in.
  expiresAt: '2026-12-02T12:00:00.000Z',
  archived: false,
};
