// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { highlightFilled } from './highlight';

beforeEach(() => {
  vi.useFakeTimers();
});
afterEach(() => {
  vi.useRealTimers();
});

describe('highlightFilled', () => {
  it('outlines the fields for a moment, then puts their style back exactly', () => {
    document.body.innerHTML = '<input id="plain"><input id="styled" style="color: red; outline: 1px dotted blue">';
    const plain = document.getElementById('plain')!;
    const styled = document.getElementById('styled')!;
    const before = styled.style.cssText;
    highlightFilled([plain, styled], 2000);
    expect(plain.style.getPropertyValue('outline-style')).toBe('solid');
    expect(plain.style.getPropertyPriority('outline-style')).toBe('important');
    expect(styled.style.color).toBe('red');
    vi.advanceTimersByTime(1999);
    expect(plain.style.getPropertyValue('outline-style')).toBe('solid');
    vi.advanceTimersByTime(1);
    expect(plain.hasAttribute('style')).toBe(false);
    expect(styled.style.cssText).toBe(before);
  });

  it('keeps what the page restyles meanwhile', () => {
    document.body.innerHTML = '<input id="n">';
    const field = document.getElementById('n')!;
    highlightFilled([field]);
    field.style.borderColor = 'green';
    vi.advanceTimersByTime(2000);
    expect(field.style.borderColor).toBe('green');
    expect(field.style.getPropertyValue('outline-style')).toBe('');
  });

  it('restarts the moment when filled again, and still restores the original', () => {
    document.body.innerHTML = '<input id="n" style="outline-offset: 4px">';
    const field = document.getElementById('n')!;
    highlightFilled([field], 1000);
    vi.advanceTimersByTime(800);
    highlightFilled([field], 1000);
    vi.advanceTimersByTime(800);
    expect(field.style.getPropertyValue('outline-style')).toBe('solid');
    vi.advanceTimersByTime(200);
    expect(field.getAttribute('style')).toBe('outline-offset: 4px;');
  });
});
