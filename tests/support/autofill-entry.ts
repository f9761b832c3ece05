// Test-only: the autofill core as one script for a page's main world, so tests and the
// bench can run it against fixtures in real Chromium without the extension
// (tests/support/autofill-in-chromium.ts). Never part of a build.
import { anchorOf } from '../../src/autofill/control';
import { classifyPage } from '../../src/autofill/classify';
import { classifyForFill } from '../../src/autofill/classify-for-fill';
import { fillability } from '../../src/autofill/fillable';
import { fillForm } from '../../src/autofill/fill-form';

Object.assign(globalThis, { eskAutofill: { anchorOf, classifyForFill, classifyPage, fillability, fillForm } });
