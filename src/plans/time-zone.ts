/**
 * True for an IANA zone the runtime knows (`Europe/Rome`, `Asia/Baku`). Its own module, with
 * no schema library, so the popup's time maths can use it without loading zod.
 */
export function isTimeZone(value: string): boolean {
  if (value === '') return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: value });
    return true;
  } catch {
    return false;
  }
}
