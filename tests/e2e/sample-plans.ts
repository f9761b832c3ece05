import { aPlan } from '../support/plans';

/** Plans the end-to-end tests seed through the test hooks. */
export const ROME_ESIM = aPlan();
