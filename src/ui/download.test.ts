// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { saveFile } from './download';

describe('saveFile', () => {
  afterEach(() => vi.useRealTimers());

  it('clicks a download link for a blob URL, leaves no link behind and revokes the URL', async () => {
    vi.useFakeTimers();
    const create = vi.spyOn(URL, 'createObjectURL').mockReturnValue('blob:chrome-extension://id/1');
    const revoke = vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => undefined);
    const clicked: { download: string; href: string }[] = [];
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
      clicked.push({ download: this.download, href: this.href });
    });

    saveFile('esim-keeper-plans-2026-11-22.csv', 'id,label\r\n', 'text/csv');

    expect(click).toHaveBeenCalledTimes(1);
    expect(clicked).toEqual([{ download: 'esim-keeper-plans-2026-11-22.csv', href: 'blob:chrome-extension://id/1' }]);
    const blob = create.mock.calls[0]![0] as Blob;
    expect(blob.type).toBe('text/csv');
    expect(await blob.text()).toBe('id,label\r\n');
    expect(document.querySelector('a[download]')).toBeNull();
    expect(revoke).not.toHaveBeenCalled();
    vi.runAllTimers();
    expect(revoke).toHaveBeenCalledWith('blob:chrome-extension://id/1');
  });
});
