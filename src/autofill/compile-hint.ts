import { CARRIER_CONTENT_FILE, FILL_ANYWHERE_FILE } from './built-scripts';

/**
 * V8's explicit compile hint (Chromium 136 and later): a script whose text opens with this
 * comment has every function compiled as the script loads, instead of each one on its first
 * call. Other engines read it as a comment.
 *
 * Why the autofill scripts carry it: on a fresh 10-control page the fill took ~14 ms, against
 * ~1.3 ms for the same fill run again, and about half of those 14 ms was V8 compiling our
 * functions one by one as the fill first called them (`--js-flags=--no-lazy` took it to
 * ~8 ms, and so did this hint). When the carrier content script may offer the prompt, it
 * calls nearly all of its functions anyway (it looks for the renewal form as the page loads),
 * so compiling them up front moves that work to load time, before the person clicks "Fill".
 * When it may not (no plan for the carrier, or the prompt turned off for the site), the
 * up-front compile is spent for nothing: the bench measured loading the core at 11.9 ms with
 * the hint against 8.6 ms without. Loading the classifier only when the prompt may be offered
 * would save that, at the cost of a second script.
 */
export const COMPILE_EAGERLY = '//# allFunctionsCalledOnLoad\n';

/**
 * The built scripts that open with the hint (wxt.config.ts adds it; tests/build checks it):
 * the carrier content script and the fill-anywhere script, whose functions all run as soon
 * as it is injected.
 */
export const EAGERLY_COMPILED_SCRIPTS: readonly string[] = [CARRIER_CONTENT_FILE, FILL_ANYWHERE_FILE];
