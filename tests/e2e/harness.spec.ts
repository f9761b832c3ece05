// The harness's own checks must be able to fail: these tests make the extension do what
// the automatic checks forbid, and prove the harness notices.
import { expect, test } from './harness';

test('a network request from the service worker is recorded', async ({ extension }) => {
  const outcome = await extension.serviceWorker.evaluate(() =>
    (globalThis as unknown as { eskTest: { fetchFromWorker(url: string): Promise<string> } }).eskTest.fetchFromWorker(
      'https://telemetry.example.com/collect',
    ),
  );
  expect(outcome).toMatch(/^(failed|status)/);
  await expect.poll(() => extension.requests).toContainEqual({
    from: 'service-worker',
    url: 'https://telemetry.example.com/collect',
  });
  extension.requests.length = 0; // recorded as it should be; the test itself is clean
});

test('a network request from an extension page is recorded', async ({ extension }) => {
  const popup = await extension.openPopup();
  await popup.evaluate(() => fetch('https://cdn.example.com/font.woff2').catch(() => undefined));
  await expect.poll(() => extension.requests).toContainEqual({
    from: 'extension-page',
    url: 'https://cdn.example.com/font.woff2',
  });
  // Chromium also logs the failed load; both were noticed, so the test itself is clean.
  await expect.poll(() => extension.errors.join('\n')).toContain('ERR_NAME_NOT_RESOLVED');
  extension.requests.length = 0;
  extension.errors.length = 0;
});

test('an error thrown in the service worker is recorded', async ({ extension }) => {
  await extension.serviceWorker.evaluate(() => {
    setTimeout(() => {
      throw new Error('deliberate worker failure');
    });
  });
  await expect
    .poll(async () => (await extension.workerState()).errors.join('\n'))
    .toContain('deliberate worker failure');
  await extension.serviceWorker.evaluate(() => {
    (globalThis as unknown as { eskTest: { errors: string[] } }).eskTest.errors.length = 0;
  });
  extension.errors.length = 0;
});

test('an error on an extension page is recorded', async ({ extension }) => {
  const options = await extension.openOptions();
  await options.evaluate(() => {
    setTimeout(() => {
      throw new Error('deliberate page failure');
    });
  });
  await expect.poll(() => extension.errors.join('\n')).toContain('deliberate page failure');
  extension.errors.length = 0;
});
